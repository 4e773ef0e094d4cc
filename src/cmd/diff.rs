//! `claimcheck diff CLAIMS NEW_ARTICLE`: what a newer version of the article
//! changes, claim by claim, without writing anything.
//!
//! Text output is a table and word diffs: coloured on a terminal, with
//! `[-old-]{+new+}` markers otherwise, so logs and tests read the same
//! changes. The new article's date comes from `--published`, else its own
//! header, else the claims file (a revision is usually published under the
//! same date).

use std::io::Write;
use std::path::Path;

use anyhow::{Context, Result};
use chrono::NaiveDate;
use claimcheck::article::Article;
use claimcheck::claims::{self, Claim, ClaimsFile, yaml};
use claimcheck::extract;
use claimcheck::files::{folder_of, relative_to};
use claimcheck::revise::words::{self, Run};
use claimcheck::revise::{Alignment, Pair, align_file};
use serde_json::{Value, json};

use super::color::{self, paint};
use super::log;
use crate::cli::{ColorWhen, DiffArgs, DiffFormat};

/// A claims file as read, and the claims file a fresh extraction of the
/// newer article makes (recording the article's path relative to the
/// claims file, as `extract -o` would).
pub struct Versions {
    pub text: String,
    pub old: ClaimsFile,
    pub fresh: ClaimsFile,
}

pub fn load(
    claims_path: &Path,
    article_path: &Path,
    published: Option<NaiveDate>,
) -> Result<Versions> {
    yaml::check_size(claims_path)?;
    let text = std::fs::read_to_string(claims_path)
        .with_context(|| format!("{}: cannot read the claims file", claims_path.display()))?;
    let old = yaml::read(claims_path, &text).map_err(|e| {
        // In `check`'s words: the parser's own mean little to an editor.
        let p = claimcheck::check::why_unreadable(&text, &e);
        anyhow::anyhow!(
            "{}:{}:{}: {}; run `claimcheck check {}` for details",
            claims_path.display(),
            p.line,
            p.column,
            p.message,
            claims_path.display()
        )
    })?;
    let recorded = old
        .article
        .published
        .as_deref()
        .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
    let mut article = Article::load(article_path, published)?;
    article.published = article.published.or(recorded);
    let drafts = extract::drafts(&article.text, &article.sentences, article.published);
    let dir = folder_of(claims_path);
    let fresh = claims::build(&article, &drafts, &relative_to(dir, article_path));
    Ok(Versions { text, old, fresh })
}

/// 1 when `--exit-code` is given and anything changed, else 0.
pub fn run(args: &DiffArgs, when: ColorWhen) -> Result<u8> {
    let v = log::timed("read the claims file and extracted the article", || {
        load(&args.claims, &args.article, args.published)
    })?;
    let a = log::timed("aligned the claims", || {
        align_file(&v.old.claims, &v.fresh.claims)
    });
    let (mut out, on) = color::stdout(when);
    let rendered = match args.format {
        DiffFormat::Text => text_report(&a, &args.claims, &args.article, on),
        DiffFormat::Json => {
            let mut s = serde_json::to_string_pretty(&json_report(&a))?;
            s.push('\n');
            s
        }
    };
    out.write_all(rendered.as_bytes())?;
    out.flush()?;
    Ok(u8::from(args.exit_code && a.any_change()))
}

/// A sentence's word diff: coloured runs, or `[-old-]{+new+}` markers.
fn sentence_diff(old: &str, new: &str, on: bool) -> String {
    if !on {
        return words::marked(old, new);
    }
    words::runs(old, new)
        .into_iter()
        .map(|r| match r {
            Run::Same(s) => s,
            Run::Old(s) => paint(true, color::REMOVED, &s),
            Run::New(s) => paint(true, color::ADDED, &s),
        })
        .collect()
}

/// A value as an editor reads it: hedge, figure, unit.
fn shown(c: &Claim) -> String {
    let value = match &c.value {
        Value::String(s) => s.clone(),
        Value::Null => c
            .relative
            .as_ref()
            .map_or_else(|| "?".to_string(), |r| format!("{} {}", r.offset, r.anchor)),
        v => yaml::flow(v),
    };
    [
        c.qualifier.as_deref(),
        Some(value.as_str()),
        c.currency.as_deref(),
        c.unit.as_deref(),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ")
}

/// The table of changes and the changed sentences, as `diff` prints them
/// (and `update --dry-run`).
pub fn text_report(a: &Alignment, claims: &Path, article: &Path, on: bool) -> String {
    let mut rows: Vec<[String; 5]> = vec![[
        "CHANGE".into(),
        "ID".into(),
        "KIND".into(),
        "OLD -> NEW".into(),
        "VERDICT".into(),
    ]];
    for p in &a.changed {
        let fields: Vec<&str> = p.changed.iter().map(|f| f.name()).collect();
        rows.push([
            format!("changed ({})", fields.join(", ")),
            p.old.id.clone(),
            p.old.kind.name().into(),
            format!("{} -> {}", shown(p.old), shown(p.new)),
            p.old.verdict.clone(),
        ]);
    }
    for c in &a.removed {
        rows.push([
            "removed".into(),
            c.id.clone(),
            c.kind.name().into(),
            format!("{} -> (gone)", shown(c)),
            c.verdict.clone(),
        ]);
    }
    for c in &a.added {
        rows.push([
            "added".into(),
            c.id.clone(),
            c.kind.name().into(),
            format!("(new) -> {}", shown(c)),
            "-".into(),
        ]);
    }
    let mut out = format!(
        "{} against {}: {} unchanged, {} changed, {} added, {} removed\n",
        claims.display(),
        article.display(),
        a.unchanged.len(),
        a.changed.len(),
        a.added.len(),
        a.removed.len()
    );
    if rows.len() > 1 {
        out.push('\n');
        let table = table(&rows);
        for (i, line) in table.lines().enumerate() {
            let style = match line.split(' ').next() {
                _ if i == 0 => color::DIM,
                Some("changed") => color::CHANGED,
                Some("removed") => color::GONE,
                Some("added") => color::ADDED,
                _ => anstyle::Style::new(),
            };
            out.push_str(&paint(on, style, line));
            out.push('\n');
        }
    }
    for p in &a.changed {
        out.push_str(&format!(
            "\n{} (line {} -> {}):\n  {}\n",
            p.old.id,
            p.old.line,
            p.new.line,
            sentence_diff(&p.old.sentence, &p.new.sentence, on)
        ));
    }
    for c in &a.removed {
        out.push_str(&format!(
            "\n{} (line {}, removed):\n  {}\n",
            c.id,
            c.line,
            sentence_diff(&c.sentence, "", on)
        ));
    }
    out
}

/// Columns padded to their widest cell (counted in characters).
fn table(rows: &[[String; 5]]) -> String {
    let mut widths = [0usize; 5];
    for r in rows {
        for (w, cell) in widths.iter_mut().zip(r) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let mut out = String::new();
    for r in rows {
        let mut line = String::new();
        for (i, (w, cell)) in widths.iter().zip(r).enumerate() {
            line.push_str(cell);
            if i + 1 < r.len() {
                line.push_str(&" ".repeat(w - cell.chars().count() + 2));
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// The tool fields of one side of a pair.
fn side(c: &Claim) -> Value {
    json!({
        "id": c.id,
        "quote": c.quote,
        "sentence": c.sentence,
        "line": c.line,
        "value": c.value,
        "relative": c.relative,
        "unit": c.unit,
        "currency": c.currency,
        "qualifier": c.qualifier,
        "subject": c.subject,
        "source": c.source,
    })
}

fn pair(p: &Pair) -> Value {
    json!({
        "id": p.old.id,
        "kind": p.old.kind,
        "verdict": p.old.verdict,
        "fields": p.changed,
        "similarity": (f64::from(p.similarity) * 1000.0).round() / 1000.0,
        "sentence_diff": words::marked(&p.old.sentence, &p.new.sentence),
        "old": side(p.old),
        "new": side(p.new),
    })
}

fn json_report(a: &Alignment) -> Value {
    json!({
        "unchanged": a.unchanged.iter().map(pair).collect::<Vec<_>>(),
        "changed": a.changed.iter().map(pair).collect::<Vec<_>>(),
        "added": a.added.iter().map(|c| json!({
            "id": c.id, "kind": c.kind, "new": side(c),
        })).collect::<Vec<_>>(),
        "removed": a.removed.iter().map(|c| json!({
            "id": c.id, "kind": c.kind, "verdict": c.verdict, "old": side(c),
        })).collect::<Vec<_>>(),
    })
}
