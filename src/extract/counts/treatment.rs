//! People counted by the care they get: news copy reports the injured of an
//! accident or an attack as much by where they are treated as by the word
//! "injured" (`58 people were being treated in hospital`, `Twelve were in
//! critical condition`, `Another 17 were taken to a clinic`, `a dozen were
//! discharged`). Patients of a disease are not casualties but cases, a
//! quantity, so a sentence that names an illness keeps its counts as they
//! were (`120 patients were hospitalised with cholera`).

use crate::extract::tokens::Tokens;

/// Words that say the care is for an illness or hunger, not an injury.
fn illness_word(w: &str) -> bool {
    matches!(
        w,
        "measles"
            | "cholera"
            | "malaria"
            | "dengue"
            | "covid"
            | "coronavirus"
            | "flu"
            | "influenza"
            | "virus"
            | "infection"
            | "infections"
            | "infected"
            | "disease"
            | "diseases"
            | "illness"
            | "symptoms"
            | "fever"
            | "outbreak"
            | "epidemic"
            | "diarrhoea"
            | "diarrhea"
            | "ebola"
            | "mpox"
            | "tuberculosis"
            | "pneumonia"
            | "vaccine"
            | "vaccination"
            | "malnutrition"
            | "malnourished"
            | "starvation"
            | "respiratory"
    )
}

/// Places and words of medical care.
fn care_place(w: &str) -> bool {
    matches!(
        w,
        "hospital"
            | "hospitals"
            | "clinic"
            | "clinics"
            | "medical"
            | "treatment"
            | "infirmary"
            | "trauma"
            | "ambulance"
            | "ambulances"
            | "care"
    )
}

fn injury_word(w: &str) -> bool {
    matches!(
        w,
        "injuries" | "injured" | "wounds" | "burns" | "injury" | "fractures" | "hypothermia"
    )
}

/// The word a treatment cue leaves in a subject (`people treated`), so an
/// elided count after it (`and 12 had been hospitalised`) can take its noun.
pub fn care_word(w: &str) -> bool {
    matches!(w, "treated" | "hospitalised")
}

/// Whether the sentence between `start` and `end`, or the one or two
/// before it, is about an illness (`... beds for measles patients. It said
/// 412 patients were in hospital`).
fn about_illness(t: &Tokens, start: usize, end: usize) -> bool {
    (start.saturating_sub(60)..end).any(|k| illness_word(t.low(k)))
}

/// Tokens of the clause after the verb at `k`, at most `n` of them.
fn clause<'a>(t: &'a Tokens, k: usize, end: usize, n: usize) -> impl Iterator<Item = usize> + 'a {
    (k + 1..end.min(k + 1 + n)).take_while(move |&j| !matches!(t.low(j), ";" | ":" | "."))
}

/// The casualty cue of a predicate whose main verb is at `k` (`were being
/// treated`, `were taken to a clinic`, `were in critical condition`, `were
/// discharged after treatment`), in a sentence from `start` to `end`.
pub fn treated(t: &Tokens, k: usize, start: usize, end: usize) -> Option<&'static str> {
    let w = t.low(k);
    let next = t.low(k + 1);
    let near = |n: usize, f: fn(&str) -> bool| {
        clause(t, k, end, n)
            .take_while(|&j| !matches!(t.low(j), "and" | "but" | "while" | "which" | "("))
            .any(|j| f(t.low(j)))
    };
    let cue = match w {
        // `were being treated`, `treated for burns`; not `treated as
        // suspects`, `treated fairly`.
        "treated"
            if !(matches!(next, "as" | "like") || (next.ends_with("ly") && next.len() > 4)) =>
        {
            "treated"
        }
        "hospitalised" | "hospitalized" => "hospitalised",
        // `taken to hospital`, `rushed to a clinic`, `admitted to hospital`,
        // `discharged after treatment`: only with the place of care.
        "taken" | "rushed" | "airlifted" | "flown" | "admitted" | "discharged" | "brought"
            if near(6, care_place) || near(8, injury_word) =>
        {
            "treated"
        }
        // `were receiving treatment`, `needed medical care`
        "receiving" | "received" | "needed" | "needing" | "required" | "requiring"
        | "undergoing"
            if near(3, |w| matches!(w, "treatment" | "care" | "hospital")) =>
        {
            "treated"
        }
        // `were in critical condition`, `in a serious but stable condition`,
        // `remain in intensive care`, `were in hospital`
        "in" => {
            let condition = clause(t, k, end, 5).any(|j| t.low(j) == "condition")
                && clause(t, k, end, 5).any(|j| {
                    matches!(
                        t.low(j),
                        "critical"
                            | "serious"
                            | "stable"
                            | "grave"
                            | "fair"
                            | "poor"
                            | "life-threatening"
                    )
                });
            let ward = matches!(next, "hospital" | "hospitals")
                || (next == "intensive" && t.low(k + 2) == "care");
            if !(condition || ward) {
                return None;
            }
            "injured"
        }
        _ => return None,
    };
    if about_illness(t, start, end) {
        return None;
    }
    Some(if cue == "treated" && near(10, injury_word) {
        "injured"
    } else {
        cue
    })
}

/// `Medics treated 30 people at the scene`: the verb before the count.
/// `noun` is the counted head noun.
pub fn treating(
    t: &Tokens,
    verb: usize,
    start: usize,
    end: usize,
    noun: &str,
) -> Option<&'static str> {
    (matches!(
        t.low(verb),
        "treated" | "treating" | "hospitalised" | "hospitalized"
    ) && !about_illness(t, start, end)
        && (!patients(noun) || (verb..end).any(|j| injury_word(t.low(j)))))
    .then_some("treated")
}

/// A hospital's patients are treated whatever ails them: they are casualties
/// only when the sentence names an injury (`treated 500 patients overnight`
/// is a workload, `treated 40 patients for burns` counts the injured).
pub fn patients(noun: &str) -> bool {
    matches!(noun, "patients" | "patient")
}
