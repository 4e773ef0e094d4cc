//! Extraction quality against hand-written gold claims.
//!
//! `tests/fixtures/gold/` holds original news articles in the styles the tool
//! meets (wire copy, explainer, local news, press release, NGO situation report,
//! hard-wrapped wire, Markdown with front matter, a `date` header), each with a
//! `NAME.gold.yaml` written by reading the article, never by running the tool.
//! Every kind is scored: figures (refugees, casualties, quantity), dates
//! (ISO text, or null when unresolved) and votes (the record's keys).
//!
//! A gold claim is matched by an extracted claim of the same kind whose quote
//! overlaps the gold quote's position in the article and whose value is equal
//! (relative tolerance 1e-6). Among matches the test scores qualifier (exact),
//! source (case-insensitive after dropping a leading article; the "alias"
//! figure also accepts `X (Y)` / `X, Y` against `X` or `Y`, and a titled name
//! for the bare name), and subject
//! (the gold subject's head noun is a word of the extracted subject), and for
//! dates the span from an event (`-20 days @ russia's invasion`), for votes
//! the body (`rel`).
//!
//! Run `cargo test --test cli quality -- --nocapture` for the figures, every
//! miss and every false positive. The asserted floors only guard against
//! regressions; the printed figures are the point.
#![allow(clippy::print_stdout)]

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

/// Floors, set just below what the tool reaches on this set (rounded down to
/// 0.05). They guard against regressions; the set was also the development
/// set for the rules, so its figures overstate quality on unseen articles.
/// Measured (13 articles): all P 0.98 R 0.96; casualties P 1.00 R 1.00;
/// quantity P 0.99 R 0.99; refugees P 1.00 R 0.98; date P 0.87 R 0.85;
/// vote P 1.00 R 1.00.
const FLOOR_PRECISION: f64 = 0.95;
const FLOOR_RECALL: f64 = 0.90;
/// Per kind: (kind, precision floor, recall floor).
const FLOOR_BY_KIND: [(&str, f64, f64); 5] = [
    ("casualties", 0.95, 0.95),
    ("quantity", 0.95, 0.95),
    ("refugees", 0.95, 0.95),
    ("date", 0.85, 0.80),
    ("vote", 0.95, 0.95),
];

const KINDS: [&str; 5] = ["refugees", "casualties", "quantity", "date", "vote"];

#[derive(Debug, Clone, PartialEq)]
enum Amount {
    One(f64),
    Range(f64, f64),
}

impl Amount {
    fn from_json(v: &Value) -> Option<Amount> {
        match v {
            Value::Number(n) => n.as_f64().map(Amount::One),
            Value::Object(m) => Some(Amount::Range(
                m.get("min")?.as_f64()?,
                m.get("max")?.as_f64()?,
            )),
            _ => None,
        }
    }

    fn equals(&self, other: &Amount) -> bool {
        fn close(a: f64, b: f64) -> bool {
            (a - b).abs() <= 1e-6 * a.abs().max(b.abs()).max(1e-9)
        }
        match (self, other) {
            (Amount::One(a), Amount::One(b)) => close(*a, *b),
            (Amount::Range(a, b), Amount::Range(c, d)) => close(*a, *c) && close(*b, *d),
            _ => false,
        }
    }
}

impl std::fmt::Display for Amount {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Amount::One(v) => write!(f, "{v}"),
            Amount::Range(a, b) => write!(f, "{a}..{b}"),
        }
    }
}

/// What a claim says, by kind: a figure, a date (ISO text, or null when
/// unresolved) or a vote record (its keys, `body` scored apart).
#[derive(Debug, Clone, PartialEq)]
enum Said {
    Figure(Amount),
    Date(Option<String>),
    Vote(BTreeMap<String, String>),
}

impl Said {
    fn from_json(kind: &str, v: &Value) -> Option<Said> {
        match kind {
            "date" => match v {
                Value::Null => Some(Said::Date(None)),
                Value::String(s) => Some(Said::Date(Some(s.clone()))),
                Value::Number(n) => Some(Said::Date(Some(n.to_string()))),
                _ => None,
            },
            "vote" => Some(Said::Vote(
                v.as_object()?
                    .iter()
                    .filter(|(k, _)| k.as_str() != "body")
                    .map(|(k, v)| (k.clone(), flat(v)))
                    .collect(),
            )),
            _ => Amount::from_json(v).map(Said::Figure),
        }
    }

    fn equals(&self, other: &Said) -> bool {
        match (self, other) {
            (Said::Figure(a), Said::Figure(b)) => a.equals(b),
            (a, b) => a == b,
        }
    }
}

impl std::fmt::Display for Said {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Said::Figure(a) => write!(f, "{a}"),
            Said::Date(d) => write!(f, "{}", d.as_deref().unwrap_or("null")),
            Said::Vote(m) => write!(f, "{m:?}"),
        }
    }
}

/// A scalar as text (`141`, `China`, `true`), for comparing vote maps.
fn flat(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// A date's relation to an event, as `offset @ anchor` with the anchor
/// lowercased and without a leading `the`.
fn relation(v: &Value) -> Option<String> {
    let offset = v.get("offset")?.as_str()?;
    let anchor = v.get("anchor")?.as_str()?.to_lowercase();
    let anchor = anchor.strip_prefix("the ").unwrap_or(&anchor).to_string();
    Some(format!("{offset} @ {anchor}"))
}

#[derive(Debug, Clone)]
struct Claim {
    kind: String,
    quote: String,
    value: Option<Said>,
    qualifier: Option<String>,
    /// Dates: `offset @ anchor`; votes: the body.
    extra: Option<String>,
    subject: Option<String>,
    source: Option<String>,
    /// Byte span of the quote in the article, if it could be located.
    span: Option<(usize, usize)>,
}

// ---------------------------------------------------------------- gold files

/// Reads a gold file: a YAML list of claims.
fn parse_gold(path: &Path) -> Vec<Claim> {
    let text = std::fs::read_to_string(path).expect("gold file");
    let items: Vec<Value> = serde_saphyr::from_str(&text)
        .unwrap_or_else(|e| panic!("{}: not a YAML list of claims: {e}", path.display()));
    items
        .into_iter()
        .map(|m| {
            let get = |k: &str| -> Option<String> {
                let v = m
                    .get(k)
                    .unwrap_or_else(|| panic!("{}: claim without {k}: {m:?}", path.display()));
                match v {
                    Value::Null => None,
                    Value::String(s) if s.is_empty() => None,
                    other => Some(flat(other)),
                }
            };
            let kind = get("kind").expect("kind");
            let value = Said::from_json(&kind, &m["value"]);
            assert!(
                value.is_some(),
                "{}: value of {:?} is not a {kind} value",
                path.display(),
                m["quote"]
            );
            let extra = match kind.as_str() {
                "date" => relation(&m["relative"]),
                "vote" => m["value"]["body"].as_str().map(str::to_string),
                _ => None,
            };
            Claim {
                quote: get("quote").expect("quote"),
                value,
                qualifier: get("qualifier"),
                subject: m.get("subject").and_then(Value::as_str).map(str::to_string),
                source: m.get("source").and_then(Value::as_str).map(str::to_string),
                extra,
                kind,
                span: None,
            }
        })
        .collect()
}

// ------------------------------------------------------- locating the quotes

/// The article with whitespace runs collapsed to one space, typographic
/// quotes and dashes folded to ASCII and Markdown `*` dropped; each char keeps
/// the byte offset it came from.
fn normalize(text: &str) -> Vec<(char, usize)> {
    let mut out: Vec<(char, usize)> = Vec::new();
    for (i, c) in text.char_indices() {
        let c = match c {
            '\u{2018}' | '\u{2019}' => '\'',
            '\u{201c}' | '\u{201d}' => '"',
            '\u{2013}' | '\u{2014}' => '-',
            '*' => continue,
            c if c.is_whitespace() => ' ',
            c => c,
        };
        if c == ' ' && out.last().is_some_and(|(p, _)| *p == ' ') {
            continue;
        }
        out.push((c, i));
    }
    out
}

/// Every byte span of `needle` in the article (loosely, see `normalize`).
fn find_all(article: &str, norm: &[(char, usize)], needle: &str) -> Vec<(usize, usize)> {
    let pat: Vec<char> = normalize(needle.trim())
        .into_iter()
        .map(|(c, _)| c)
        .collect();
    if pat.is_empty() || pat.len() > norm.len() {
        return Vec::new();
    }
    let search = |fold: bool| -> Vec<(usize, usize)> {
        let eq = |a: char, b: char| {
            if fold {
                a.to_lowercase().eq(b.to_lowercase())
            } else {
                a == b
            }
        };
        (0..=norm.len() - pat.len())
            .filter(|&s| pat.iter().enumerate().all(|(k, &p)| eq(norm[s + k].0, p)))
            .map(|s| {
                let (last, at) = norm[s + pat.len() - 1];
                (norm[s].1, at + last.len_utf8())
            })
            .collect()
    };
    let exact = search(false);
    let found = if exact.is_empty() {
        search(true)
    } else {
        exact
    };
    debug_assert!(found.iter().all(|&(a, b)| b <= article.len() && a < b));
    found
}

fn line_of(text: &str, byte: usize) -> usize {
    text[..byte].matches('\n').count() + 1
}

// ------------------------------------------------------------ running the tool

/// A gold file whose article carries no date of its own says in a header
/// comment how a desk would run it: `` `--published 2025-11-06` ``.
fn published_option(gold: &Path) -> Option<String> {
    let text = std::fs::read_to_string(gold).ok()?;
    text.lines()
        .take_while(|l| l.starts_with('#'))
        .find_map(|l| {
            let at = l.find("--published ")? + "--published ".len();
            let date = l.get(at..at + 10)?;
            date.bytes()
                .all(|b| b.is_ascii_digit() || b == b'-')
                .then(|| date.to_string())
        })
}

fn extract(article: &Path, gold: &Path, text: &str, norm: &[(char, usize)]) -> Vec<Claim> {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_claimcheck"));
    cmd.arg("extract").arg(article).args(["--format", "json"]);
    if let Some(date) = published_option(gold) {
        cmd.args(["--published", &date]);
    }
    let out = cmd.output().expect("claimcheck runs");
    assert!(
        out.status.success(),
        "claimcheck extract {} failed:\n{}",
        article.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    let json: Value = serde_json::from_slice(&out.stdout).expect("extract --format json is JSON");
    let claims = json["claims"].as_array().cloned().unwrap_or_default();
    let string = |v: &Value| v.as_str().map(str::to_string);
    claims
        .iter()
        .filter(|c| KINDS.contains(&c["kind"].as_str().unwrap_or("")))
        .map(|c| {
            let quote = string(&c["quote"]).unwrap_or_default();
            let line = c["line"].as_u64().map(|l| l as usize);
            let spans = find_all(text, norm, &quote);
            // Several occurrences: prefer the one on the reported line.
            let span = spans.iter().copied().min_by_key(|&(s, _)| match line {
                Some(l) => line_of(text, s).abs_diff(l),
                None => 0,
            });
            let kind = string(&c["kind"]).unwrap_or_default();
            let extra = match kind.as_str() {
                "date" => relation(&c["relative"]),
                "vote" => c["value"]["body"].as_str().map(str::to_string),
                _ => None,
            };
            Claim {
                value: Said::from_json(&kind, &c["value"]),
                kind,
                quote,
                extra,
                qualifier: string(&c["qualifier"]),
                subject: string(&c["subject"]),
                source: string(&c["source"]),
                span,
            }
        })
        .collect()
}

// ------------------------------------------------------------ attribute checks

fn norm_source(s: &str) -> String {
    let s = s
        .replace('\u{2019}', "'")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    let s = s.trim_matches(|c: char| c.is_ascii_punctuation() && c != '\'' && c != ')');
    let s = ["the ", "a ", "an "]
        .iter()
        .find_map(|a| s.strip_prefix(a))
        .unwrap_or(s);
    s.trim().to_string()
}

fn source_strict(gold: &Option<String>, got: &Option<String>) -> bool {
    match (gold, got) {
        (None, None) => true,
        (Some(g), Some(e)) => norm_source(g) == norm_source(e),
        _ => false,
    }
}

/// Also accepts `X (Y)` or `X, Y` on either side for `X` or `Y`, and a name
/// with a title or description before it (`Treasury minister Helen Marsh`,
/// `UN refugee agency UNHCR`) for the name alone.
fn source_alias(gold: &Option<String>, got: &Option<String>) -> bool {
    if let (Some(g), Some(e)) = (gold, got)
        && (titled_name(g, e) || titled_name(e, g))
    {
        return true;
    }
    fn aliases(s: &str) -> Vec<String> {
        let mut all = vec![norm_source(s)];
        all.extend(
            s.split(['(', ')', ','])
                .map(norm_source)
                .filter(|p| !p.is_empty()),
        );
        all
    }
    match (gold, got) {
        (None, None) => true,
        (Some(g), Some(e)) => {
            let (g, e) = (aliases(g), aliases(e));
            g.iter().any(|a| e.contains(a))
        }
        _ => false,
    }
}

/// `long` is `short` with words before it, and `short` is a proper name: two
/// or more capitalized words, or an acronym.
fn titled_name(short: &str, long: &str) -> bool {
    let (short, long) = (short.trim(), long.trim());
    let words: Vec<&str> = short.split_whitespace().collect();
    let proper = words
        .iter()
        .all(|w| w.chars().next().is_some_and(char::is_uppercase));
    let acronym = words.len() == 1
        && short.len() >= 2
        && short.chars().all(|c| c.is_ascii_uppercase() || c == '.');
    long.len() > short.len()
        && long.ends_with(short)
        && long[..long.len() - short.len()].ends_with(' ')
        && proper
        && (words.len() >= 2 || acronym)
}

fn stem(w: &str) -> String {
    let w = w
        .to_lowercase()
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_string();
    if let Some(r) = w.strip_suffix("ies").filter(|r| r.len() > 1) {
        return format!("{r}y");
    }
    for suffix in ["sses", "ches", "shes", "xes"] {
        if w.ends_with(suffix) {
            return w[..w.len() - 2].to_string();
        }
    }
    if w.ends_with("ss") || w.ends_with("us") || w.ends_with("is") {
        return w;
    }
    match w.strip_suffix('s') {
        Some(r) if r.len() > 1 => r.to_string(),
        _ => w,
    }
}

/// The head noun of a gold subject: the last word of its first chunk, where a
/// chunk ends before a preposition, a conjunction, a relative pronoun or a
/// verb ("civilians killed" -> civilians, "Russian troops killed" -> troops,
/// "tonnes of food" -> tonnes, "public spending" -> spending).
fn head_noun(subject: &str) -> String {
    const STOP: &[&str] = &[
        "of",
        "in",
        "on",
        "for",
        "to",
        "from",
        "per",
        "at",
        "with",
        "by",
        "into",
        "towards",
        "across",
        "without",
        "under",
        "and",
        "or",
        "who",
        "whom",
        "that",
        "which",
        "as",
        "killed",
        "dead",
        "died",
        "wounded",
        "injured",
        "missing",
        "fled",
        "displaced",
        "gone",
        "facing",
        "crossing",
        "bordering",
        "reporting",
        "working",
        "receiving",
        "benefiting",
        "awaiting",
        "remaining",
        "staying",
        "sheltering",
        "needed",
        "more",
        "than",
        "among",
        "out",
        "this",
        "last",
        "next",
        "overnight",
        "unable",
        "not",
        "newly",
        "internally",
        "is",
        "are",
        "was",
        "were",
        "had",
        "have",
        "could",
        "would",
        "won",
        "hit",
        "lost",
        "sent",
        "given",
        "taken",
        "put",
        "set",
        "held",
        "made",
        "done",
        "seen",
        "left",
        "cut",
        "spent",
        "paid",
        "built",
        "cast",
    ];
    let mut chunk: Vec<&str> = Vec::new();
    for word in subject.split_whitespace() {
        let lower = word.to_lowercase();
        let verb = lower.ends_with("ed") && lower.len() > 4;
        if !chunk.is_empty() && (STOP.contains(&lower.as_str()) || verb) {
            break;
        }
        chunk.push(word);
    }
    stem(chunk.last().copied().unwrap_or(subject))
}

fn subject_ok(gold: &Option<String>, got: &Option<String>) -> bool {
    match (gold, got) {
        (None, _) => true,
        (Some(_), None) => false,
        (Some(g), Some(e)) => {
            let head = head_noun(g);
            e.split(|c: char| c.is_whitespace() || c == '-')
                .any(|w| stem(w) == head)
        }
    }
}

// ------------------------------------------------------------------ scoring

#[derive(Debug, Default, Clone, Copy)]
struct Tally {
    gold: usize,
    extracted: usize,
    matched: usize,
    qualifier: usize,
    source: usize,
    source_alias: usize,
    subject: usize,
    /// Matched dates and votes, and those whose relation or body is right.
    records: usize,
    extra: usize,
}

impl Tally {
    fn add(&mut self, o: &Tally) {
        self.gold += o.gold;
        self.extracted += o.extracted;
        self.matched += o.matched;
        self.qualifier += o.qualifier;
        self.source += o.source;
        self.source_alias += o.source_alias;
        self.subject += o.subject;
        self.records += o.records;
        self.extra += o.extra;
    }

    fn precision(&self) -> f64 {
        ratio(self.matched, self.extracted)
    }

    fn recall(&self) -> f64 {
        ratio(self.matched, self.gold)
    }

    fn row(&self, name: &str) -> String {
        format!(
            "{name:<30} {:>4} {:>4} {:>4}  {:>5.2} {:>5.2}  {:>5.2} {:>5.2} {:>5.2} {:>5.2} {:>5.2}",
            self.gold,
            self.extracted,
            self.matched,
            self.precision(),
            self.recall(),
            ratio(self.qualifier, self.matched),
            ratio(self.source, self.matched),
            ratio(self.source_alias, self.matched),
            ratio(self.subject, self.matched),
            ratio(self.extra, self.records),
        )
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

fn overlaps(a: Option<(usize, usize)>, b: Option<(usize, usize)>) -> bool {
    match (a, b) {
        (Some((a0, a1)), Some((b0, b1))) => a0 < b1 && b0 < a1,
        _ => false,
    }
}

fn show(c: &Claim) -> String {
    format!(
        "{} {} {:?} (qualifier {:?}, subject {:?}, source {:?})",
        c.kind,
        c.value
            .as_ref()
            .map_or_else(|| "?".to_string(), Said::to_string),
        c.quote,
        c.qualifier,
        c.subject,
        c.source
    )
}

/// `CLAIMCHECK_GOLD_DIR` scores another annotated set (a desk's own, or one
/// held out while rules were written); its figures are printed, not asserted.
fn custom_gold_dir() -> Option<PathBuf> {
    std::env::var_os("CLAIMCHECK_GOLD_DIR")
        .filter(|d| !d.is_empty())
        .map(PathBuf::from)
}

fn gold_articles() -> Vec<(PathBuf, PathBuf)> {
    let dir = custom_gold_dir()
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/gold"));
    let mut pairs = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("gold folder") {
        let path = entry.expect("entry").path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if let Some(stem) = name.strip_suffix(".gold.yaml") {
            let article = ["txt", "md"]
                .iter()
                .map(|ext| dir.join(format!("{stem}.{ext}")))
                .find(|p| p.exists())
                .unwrap_or_else(|| panic!("no article for {name}"));
            pairs.push((article, path));
        }
    }
    pairs.sort();
    pairs
}

#[test]
fn extraction_quality_on_gold_articles() {
    let pairs = gold_articles();
    let custom = custom_gold_dir().is_some();
    assert!(
        custom || pairs.len() >= 10,
        "gold set has {} articles",
        pairs.len()
    );

    let mut per_article: Vec<(String, Tally)> = Vec::new();
    let mut per_kind: BTreeMap<&str, Tally> =
        KINDS.iter().map(|k| (*k, Tally::default())).collect();
    let mut details = String::new();

    for (article, gold_path) in &pairs {
        let name = article
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("?")
            .to_string();
        let text = std::fs::read_to_string(article).expect("article");
        let norm = normalize(&text);

        let mut gold = parse_gold(gold_path);
        for g in &mut gold {
            let spans = find_all(&text, &norm, &g.quote);
            assert_eq!(
                spans.len(),
                1,
                "{}: gold quote {:?} must occur exactly once in the article",
                gold_path.display(),
                g.quote
            );
            g.span = spans.first().copied();
        }
        let got = extract(article, gold_path, &text, &norm);

        // One-to-one matching, gold in article order, largest overlap first.
        let mut taken = vec![false; got.len()];
        let mut pair: Vec<Option<usize>> = vec![None; gold.len()];
        for (gi, g) in gold.iter().enumerate() {
            let best = got
                .iter()
                .enumerate()
                .filter(|(ei, e)| {
                    !taken[*ei]
                        && e.kind == g.kind
                        && overlaps(g.span, e.span)
                        && e.value
                            .as_ref()
                            .zip(g.value.as_ref())
                            .is_some_and(|(a, b)| a.equals(b))
                })
                .max_by_key(|(_, e)| {
                    let (g0, g1) = g.span.unwrap_or_default();
                    let (e0, e1) = e.span.unwrap_or_default();
                    g1.min(e1).saturating_sub(g0.max(e0))
                })
                .map(|(ei, _)| ei);
            if let Some(ei) = best {
                taken[ei] = true;
                pair[gi] = Some(ei);
            }
        }

        let mut tally = Tally::default();
        let mut lines = String::new();
        for (gi, g) in gold.iter().enumerate() {
            let kind = per_kind.get_mut(g.kind.as_str()).expect("known kind");
            kind.gold += 1;
            tally.gold += 1;
            match pair[gi] {
                Some(ei) => {
                    let e = &got[ei];
                    let q = g.qualifier.as_deref().map(str::to_lowercase)
                        == e.qualifier.as_deref().map(|s| s.trim().to_lowercase());
                    let s = source_strict(&g.source, &e.source);
                    let sa = source_alias(&g.source, &e.source);
                    // Dates and votes have no counted noun; their subject
                    // is a hint, not scored.
                    let subj = matches!(g.kind.as_str(), "date" | "vote")
                        || subject_ok(&g.subject, &e.subject);
                    let record = matches!(g.kind.as_str(), "date" | "vote");
                    let x = record
                        && g.extra.as_deref().map(str::to_lowercase)
                            == e.extra.as_deref().map(str::to_lowercase);
                    for t in [&mut tally, kind] {
                        t.records += usize::from(record);
                        t.extra += usize::from(x);
                        t.matched += 1;
                        t.qualifier += usize::from(q);
                        t.source += usize::from(s);
                        t.source_alias += usize::from(sa);
                        t.subject += usize::from(subj);
                    }
                    let mut wrong = Vec::new();
                    if !q {
                        wrong.push(format!(
                            "qualifier {:?} want {:?}",
                            e.qualifier, g.qualifier
                        ));
                    }
                    if !sa {
                        wrong.push(format!("source {:?} want {:?}", e.source, g.source));
                    }
                    if !subj {
                        wrong.push(format!(
                            "subject {:?} want head {:?} ({:?})",
                            e.subject,
                            g.subject.as_deref().map(head_noun),
                            g.subject
                        ));
                    }
                    if record && !x {
                        wrong.push(format!("relation/body {:?} want {:?}", e.extra, g.extra));
                    }
                    if !wrong.is_empty() {
                        let _ = writeln!(lines, "  attr  {:?}: {}", g.quote, wrong.join("; "));
                    }
                }
                None => {
                    let near: Vec<String> = got
                        .iter()
                        .filter(|e| overlaps(g.span, e.span))
                        .map(show)
                        .collect();
                    let near = if near.is_empty() {
                        "nothing extracted there".to_string()
                    } else {
                        format!("extracted there: {}", near.join(" | "))
                    };
                    let _ = writeln!(lines, "  MISS  {}\n        {near}", show(g));
                }
            }
        }
        for (ei, e) in got.iter().enumerate() {
            per_kind
                .get_mut(e.kind.as_str())
                .expect("known kind")
                .extracted += 1;
            tally.extracted += 1;
            if !taken[ei] {
                let why = if e.span.is_none() {
                    " [quote not found in article]".to_string()
                } else {
                    gold.iter()
                        .find(|g| overlaps(g.span, e.span))
                        .map(|g| format!("\n        gold there: {}", show(g)))
                        .unwrap_or_default()
                };
                let line = e.span.map_or(0, |(s, _)| line_of(&text, s));
                let _ = writeln!(lines, "  FP    line {line}: {}{why}", show(e));
            }
        }
        let _ = writeln!(details, "\n{name}\n{lines}");
        per_article.push((name, tally));
    }

    let header = format!(
        "{:<30} {:>4} {:>4} {:>4}  {:>5} {:>5}  {:>5} {:>5} {:>5} {:>5} {:>5}",
        "", "gold", "got", "ok", "P", "R", "qual", "src", "srcA", "subj", "rel"
    );
    let mut total = Tally::default();
    let mut report = format!(
        "\nExtraction quality (rel: a date's span from its event, a vote's body)\n{header}\n"
    );
    for (name, t) in &per_article {
        total.add(t);
        let _ = writeln!(report, "{}", t.row(name));
    }
    let _ = writeln!(report, "{}", total.row("ALL"));
    for (kind, t) in &per_kind {
        let _ = writeln!(report, "{}", t.row(&format!("  kind {kind}")));
    }
    println!("{report}\nMisses (MISS), false positives (FP), wrong attributes (attr):{details}");

    if custom {
        println!("floors not asserted for CLAIMCHECK_GOLD_DIR");
        return;
    }
    assert!(
        total.precision() >= FLOOR_PRECISION,
        "precision {:.3} fell below {FLOOR_PRECISION}",
        total.precision()
    );
    assert!(
        total.recall() >= FLOOR_RECALL,
        "recall {:.3} fell below {FLOOR_RECALL}",
        total.recall()
    );
    for (kind, p, r) in FLOOR_BY_KIND {
        let t = &per_kind[kind];
        assert!(
            t.precision() >= p && t.recall() >= r,
            "{kind}: precision {:.3} / recall {:.3} fell below {p} / {r}",
            t.precision(),
            t.recall()
        );
    }
}

#[test]
fn head_noun_rule() {
    assert_eq!(head_noun("civilians killed"), "civilian");
    assert_eq!(head_noun("Russian troops killed"), "troop");
    assert_eq!(head_noun("tonnes of food and medicine"), "tonne");
    assert_eq!(head_noun("public spending"), "spending");
    assert_eq!(head_noun("suspected cases"), "case");
    assert_eq!(head_noun("properties without electricity"), "property");
    assert_eq!(head_noun("people out of work"), "people");
    assert_eq!(head_noun("budget surplus"), "surplus");
    assert_eq!(head_noun("votes cast"), "vote");
    assert!(subject_ok(
        &Some("civilians killed".into()),
        &Some("civilian deaths".into())
    ));
    assert!(source_alias(
        &Some("AFAD".into()),
        &Some("Turkey's disaster management agency, AFAD".into())
    ));
    assert!(source_strict(&Some("UN".into()), &Some("the UN".into())));
    let some = |s: &str| Some(s.to_string());
    assert!(source_alias(
        &some("Helen Marsh"),
        &some("Treasury minister Helen Marsh")
    ));
    assert!(source_alias(
        &some("UN refugee agency UNHCR"),
        &some("UNHCR")
    ));
    assert!(!source_alias(&some("health ministry"), &some("ministry")));
    assert!(!source_alias(&some("Andi Syahrul"), &some("Syahrul")));
}
