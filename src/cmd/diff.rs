//! `claimcheck diff CLAIMS NEW_ARTICLE`: what a newer version of the article
//! changes, claim by claim, without writing anything.
//!
//! Text output is a plain table and `[-old-]{+new+}` word diffs; colour on
//! a terminal is still to come. The new article's date comes from its own
//! header, else from the claims file (a revision is usually published under
//! the same date), else from `--published`.

use std::io::Write;
use std::path::Path;

use anyhow::{Context, Result};
use chrono::NaiveDate;
use claimcheck::article::Article;
use claimcheck::claims::{self, Claim, yaml};
use claimcheck::extract;
use claimcheck::revise::{Alignment, Pair, align, words};
use serde_json::{Value, json};

use crate::cli::{DiffArgs, DiffFormat};

/// 1 when `--exit-code` is given and anything changed, else 0.
pub fn run(args: &DiffArgs) -> Result<u8> {
    let text = std::fs::read_to_string(&args.claims)
        .with_context(|| format!("{}: cannot read the claims file", args.claims.display()))?;
    let file = yaml::read(&args.claims, &text)?;
    let recorded = file
        .article
        .published
        .as_deref()
        .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
    let mut article = Article::load(&args.article, args.published)?;
    article.published = article.published.or(recorded);
    let drafts = extract::drafts(&article.text, &article.sentences, article.published);
    let new = claims::build(&article, &drafts, &args.article.to_string_lossy()).claims;
    let a = align(&file.claims, &new);
    let rendered = match args.format {
        DiffFormat::Text => text_report(&a, &args.claims, &args.article),
        DiffFormat::Json => {
            let mut s = serde_json::to_string_pretty(&json_report(&a))?;
            s.push('\n');
            s
        }
    };
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    out.write_all(rendered.as_bytes())?;
    out.flush()?;
    Ok(u8::from(args.exit_code && a.any_change()))
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

fn text_report(a: &Alignment, claims: &Path, article: &Path) -> String {
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
        out.push_str(&table(&rows));
    }
    for p in &a.changed {
        out.push_str(&format!(
            "\n{} (line {} -> {}):\n  {}\n",
            p.old.id,
            p.old.line,
            p.new.line,
            words::marked(&p.old.sentence, &p.new.sentence)
        ));
    }
    for c in &a.removed {
        out.push_str(&format!(
            "\n{} (line {}, removed):\n  {}\n",
            c.id,
            c.line,
            words::marked(&c.sentence, "")
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
