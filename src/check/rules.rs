//! What a well-formed claims file must also get right: the format version,
//! verdicts on the scale, evidence for decided verdicts, followable sources,
//! plausible review dates and unique IDs.

use std::collections::HashMap;

use chrono::NaiveDate;
use serde_saphyr::Spanned;

use super::Problem;
use super::located::{Claim, File, at};
use crate::article::parse_day;
use crate::claims::FORMAT;
use crate::verdicts::Config;

/// Where a spanned value is, or `fallback` when the parser had no position
/// (a key that is missing altogether).
fn pos<T>(s: &Spanned<T>, fallback: (usize, usize)) -> (usize, usize) {
    at(&s.referenced).unwrap_or(fallback)
}

pub(crate) fn format(file: &File, out: &mut Vec<Problem>) {
    let f = file.format.value.trim();
    if f != FORMAT {
        let (l, c) = pos(&file.format, (1, 1));
        out.push(Problem::error(l, c, crate::claims::yaml::unknown_format(f)));
    }
}

/// Every claim ID once; the second of a pair is the one reported, with the
/// line of the first.
pub(crate) fn duplicate_ids(file: &File, out: &mut Vec<Problem>) {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for claim in &file.claims {
        let id = &claim.value.id;
        let here = pos(id, pos(claim, (1, 1)));
        let key = id.value.trim();
        if key.is_empty() {
            out.push(Problem::error(
                here.0,
                here.1,
                "empty claim id; restore the id the tool wrote (e.g. `refugees-unhcr-1`)".into(),
            ));
            continue;
        }
        match seen.get(key) {
            Some(first) => out.push(Problem::error(
                here.0,
                here.1,
                format!(
                    "duplicate id `{key}` (first used on line {first}); each claim needs its own id: rename this one (e.g. `{key}-b`) or remove the copied claim"
                ),
            )),
            None => {
                seen.insert(key, here.0);
            }
        }
    }
}

/// The claim-by-claim checks. `published` is the article's publication
/// date, from the claims file or else the article itself.
pub(crate) fn claim(
    c: &Spanned<Claim>,
    config: &Config,
    published: Option<NaiveDate>,
    today: NaiveDate,
    out: &mut Vec<Problem>,
) {
    let claim_at = pos(c, (1, 1));
    let claim = &c.value;
    let id = claim.id.value.trim();
    let verdict = claim.verdict.value.trim();
    let verdict_at = pos(&claim.verdict, pos(&claim.id, claim_at));
    let scale = &config.scale;
    match scale.get(verdict) {
        None => {
            let hint = match scale.suggest(verdict) {
                Some(v) => format!("did you mean `{}`?", v.name),
                None => format!("use one of: {}", scale.names().join(", ")),
            };
            let scale_from = config
                .path
                .as_ref()
                .map(|p| format!(" (scale from {})", p.display()))
                .unwrap_or_default();
            out.push(Problem::error(
                verdict_at.0,
                verdict_at.1,
                format!("unknown verdict `{verdict}` for `{id}`{scale_from}; {hint}"),
            ));
        }
        Some(v) if v.is_decided() => evidence(claim, verdict, verdict_at, config, out),
        Some(_) => {}
    }
    sources(claim, out);
    reviewed(claim, verdict_at, published, today, out);
}

/// A decided verdict needs what makes it traceable: a source, a reviewer
/// and the day of the review. One problem lists everything missing.
fn evidence(
    claim: &Claim,
    verdict: &str,
    at: (usize, usize),
    config: &Config,
    out: &mut Vec<Problem>,
) {
    let mut missing = Vec::new();
    let mut add = Vec::new();
    if claim.sources.is_empty() {
        missing.push("source");
        add.push("`sources:` (a `- url:` or `- citation:` entry)");
    }
    if claim
        .reviewer
        .value
        .as_deref()
        .is_none_or(|r| r.trim().is_empty())
    {
        missing.push("reviewer");
        add.push("`reviewer:` (who checked it)");
    }
    if claim
        .reviewed
        .value
        .as_deref()
        .is_none_or(|r| r.trim().is_empty())
    {
        missing.push("reviewed date");
        add.push("`reviewed: YYYY-MM-DD`");
    }
    if missing.is_empty() {
        return;
    }
    out.push(Problem {
        line: at.0,
        column: at.1,
        severity: config.missing_evidence,
        message: format!(
            "verdict `{verdict}` for `{}` has no {}; add {}, or set the verdict back to `unreviewed`",
            claim.id.value.trim(),
            list(&missing, "or"),
            list(&add, "and")
        ),
    });
}

fn sources(claim: &Claim, out: &mut Vec<Problem>) {
    for s in &claim.sources {
        let entry_at = pos(s, (1, 1));
        let url = s.value.url.as_ref().filter(|u| !u.value.trim().is_empty());
        let citation = s
            .value
            .citation
            .as_ref()
            .filter(|c| !c.value.trim().is_empty());
        match (url, citation) {
            (Some(u), _) => {
                if let Err(why) = super::url::check(u.value.trim()) {
                    let (l, c) = pos(u, entry_at);
                    out.push(Problem::error(
                        l,
                        c,
                        format!(
                            "source url `{}` cannot be followed: {why}; paste the full address (https://...), or write a printed source as `citation:`",
                            u.value.trim()
                        ),
                    ));
                }
            }
            (None, Some(_)) => {}
            (None, None) => out.push(Problem::error(
                entry_at.0,
                entry_at.1,
                "a source needs a `url` (http or https) or a `citation`; add one, or remove the entry"
                    .into(),
            )),
        }
    }
}

fn reviewed(
    claim: &Claim,
    verdict_at: (usize, usize),
    published: Option<NaiveDate>,
    today: NaiveDate,
    out: &mut Vec<Problem>,
) {
    let Some(text) = claim.reviewed.value.as_deref().map(str::trim) else {
        return;
    };
    if text.is_empty() {
        return;
    }
    let (l, c) = pos(&claim.reviewed, verdict_at);
    let Some(day) = parse_day(text) else {
        out.push(Problem::error(
            l,
            c,
            format!("`reviewed: {text}` is not a date; write it as YYYY-MM-DD, e.g. 2022-03-31"),
        ));
        return;
    };
    if day > today {
        out.push(Problem::error(
            l,
            c,
            format!("reviewed {day} is in the future; write the day the claim was checked"),
        ));
    } else if let Some(p) = published.filter(|p| day < *p) {
        out.push(Problem::error(
            l,
            c,
            format!(
                "reviewed {day} is before the article was published ({p}); write the day the claim was checked"
            ),
        ));
    }
}

/// `a, b and c` (or `or`).
fn list(items: &[&str], conjunction: &str) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_string(),
        [init @ .., last] => format!("{} {conjunction} {last}", init.join(", ")),
    }
}
