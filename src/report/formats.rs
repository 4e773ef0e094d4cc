//! `report`'s text formats: a terminal table, Markdown, CSV and JSON. The
//! HTML page is in `html`.

use comfy_table::{Cell, Color, ContentArrangement, Table, presets};
use serde::Serialize;
use serde_json::json;

use super::Loaded;
use super::record::{CSV_FIELDS, Record};
use super::summary::Summary;
use super::value::shown;
use crate::claims::Claim;

type Rows<'a> = [(&'a Loaded, &'a Claim)];

/// The table a person reads in a terminal: fitted to the terminal's width
/// when stdout is one (comfy-table asks it), long quotes wrapped, verdicts
/// coloured by class when `colour`.
pub fn table(rows: &Rows, summary: &Summary, colour: bool) -> String {
    let mut t = Table::new();
    t.load_style(presets::UTF8_FULL_CONDENSED);
    t.set_content_arrangement(ContentArrangement::Dynamic);
    if colour {
        t.enforce_styling();
    }
    t.set_header([
        "article", "id", "kind", "claim", "value", "verdict", "sources", "reviewer", "reviewed",
    ]);
    for (l, c) in rows {
        let class = l
            .config
            .scale
            .get(&c.verdict)
            .map_or("unknown", |v| v.class.as_str());
        let mut verdict = Cell::new(&c.verdict);
        if colour {
            verdict = verdict.fg(class_colour(class));
        }
        let mut id = c.id.clone();
        if let Some(r) = c.removed_in {
            id.push_str(&format!(" (removed in {r})"));
        }
        t.add_row(vec![
            Cell::new(article_name(l)),
            Cell::new(id),
            Cell::new(c.kind.name()),
            Cell::new(&c.quote),
            Cell::new(shown(c)),
            verdict,
            Cell::new(c.sources.len()),
            Cell::new(c.reviewer.as_deref().unwrap_or("")),
            Cell::new(c.reviewed.as_deref().unwrap_or("")),
        ]);
    }
    format!("{t}\n{}", summary.text())
}

/// The verdict classes of the scale (`claimcheck.toml` can name others,
/// which stay uncoloured).
fn class_colour(class: &str) -> Color {
    match class {
        "good" => Color::Green,
        "fair" => Color::DarkGreen,
        "poor" => Color::DarkYellow,
        "bad" => Color::Red,
        "neutral" => Color::Blue,
        "recheck" => Color::Magenta,
        "pending" => Color::DarkGrey,
        _ => Color::Reset,
    }
}

/// The article as a reader knows it: its title, else its file name.
fn article_name(l: &Loaded) -> String {
    l.file.article.title.clone().unwrap_or_else(|| {
        std::path::Path::new(&l.file.article.file)
            .file_name()
            .map_or_else(
                || l.file.article.file.clone(),
                |n| n.to_string_lossy().into_owned(),
            )
    })
}

/// A GitHub-flavoured Markdown table and the summary as a list.
pub fn markdown(rows: &Rows, summary: &Summary) -> String {
    let cell = |s: &str| {
        s.replace('\\', "\\\\")
            .replace('|', "\\|")
            .replace(['\n', '\r'], " ")
    };
    let mut out = String::from(
        "| article | id | kind | claim | value | verdict | sources | reviewer | reviewed |\n|---|---|---|---|---|---|---:|---|---|\n",
    );
    for (l, c) in rows {
        out.push_str(&format!(
            "| {} | `{}` | {} | {} | {} | **{}** | {} | {} | {} |\n",
            cell(&article_name(l)),
            cell(&c.id),
            c.kind.name(),
            cell(&c.quote),
            cell(&shown(c)),
            cell(&c.verdict),
            c.sources.len(),
            cell(c.reviewer.as_deref().unwrap_or("")),
            cell(c.reviewed.as_deref().unwrap_or("")),
        ));
    }
    out.push('\n');
    for line in summary.text().lines() {
        out.push_str(&format!("- {}\n", cell(line)));
    }
    out
}

/// CSV with a header row of [`CSV_FIELDS`].
pub fn csv(rows: &Rows) -> Result<String, csv::Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(CSV_FIELDS)?;
    for (l, c) in rows {
        w.write_record(Record::new(l, c).csv_row())?;
    }
    let bytes = w.into_inner().map_err(|e| e.into_error())?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// `{"claims": [...], "summary": {...}}`, pretty. Serialized straight from
/// the records (no intermediate JSON tree: a desk's archive is a quarter of
/// a million claims).
pub fn json(rows: &Rows, summary: &Summary) -> String {
    #[derive(Serialize)]
    struct Doc<'a> {
        claims: Vec<Record<'a>>,
        summary: SummaryJson<'a>,
    }
    #[derive(Serialize)]
    struct SummaryJson<'a> {
        files: usize,
        claims: usize,
        decided: usize,
        share_reviewed: f64,
        by_verdict: serde_json::Map<String, serde_json::Value>,
        by_kind: &'a std::collections::BTreeMap<String, usize>,
        needs_recheck: &'a [super::summary::Named],
        removed: &'a [super::summary::Named],
    }
    let doc = Doc {
        claims: rows.iter().map(|(l, c)| Record::new(l, c)).collect(),
        summary: SummaryJson {
            files: summary.files,
            claims: summary.claims,
            decided: summary.decided,
            share_reviewed: (summary.share_reviewed * 1000.0).round() / 1000.0,
            by_verdict: summary
                .by_verdict
                .iter()
                .map(|(k, v)| (k.clone(), json!(v)))
                .collect(),
            by_kind: &summary.by_kind,
            needs_recheck: &summary.needs_recheck,
            removed: &summary.removed,
        },
    };
    let mut out = Vec::with_capacity(rows.len() * 1024);
    if serde_json::to_writer_pretty(&mut out, &doc).is_err() {
        return String::new();
    }
    out.push(b'\n');
    String::from_utf8(out).unwrap_or_default()
}
