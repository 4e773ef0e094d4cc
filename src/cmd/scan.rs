//! `claimcheck scan`: every mention in a text, with the rule that made it.

use std::io::{BufRead, Write};

use anyhow::{Context, Result};
use chrono::NaiveDate;
use claimcheck::extract::dates::{self, DateMention};
use claimcheck::extract::tokens::Tokens;
use claimcheck::extract::votes::{self, VoteMention};
use claimcheck::extract::{self, Mention};
use serde::{Deserialize, Serialize};

use crate::cli::ScanArgs;

#[derive(Deserialize)]
struct Line {
    input: String,
    #[serde(default)]
    reference: Option<String>,
}

#[derive(Serialize)]
struct Out<'a> {
    mentions: Vec<Shown<'a>>,
    dates: Vec<ShownDate<'a>>,
    votes: Vec<ShownVote<'a>>,
}

#[derive(Serialize)]
struct ShownVote<'a> {
    text: &'a str,
    #[serde(flatten)]
    vote: &'a VoteMention,
}

#[derive(Serialize)]
struct Shown<'a> {
    text: &'a str,
    #[serde(flatten)]
    mention: &'a Mention,
}

#[derive(Serialize)]
struct ShownDate<'a> {
    text: &'a str,
    start: usize,
    end: usize,
    value: Option<String>,
    grain: Option<&'static str>,
    qualifier: Option<&'static str>,
    relative: Option<&'a dates::Relative>,
    rule: &'static str,
}

/// The date part of a reference datetime (`2016-11-07T00:00:00`,
/// `2013-02-12T04:30:00-02:00`): the local calendar day.
fn reference_date(s: &str) -> Option<NaiveDate> {
    let day = s.get(..10)?;
    NaiveDate::parse_from_str(day, "%Y-%m-%d").ok()
}

fn date_mentions(text: &str, published: Option<NaiveDate>) -> Vec<DateMention> {
    dates::mentions(&Tokens::new(text), published)
}

/// Vote records of a short text, read as one sentence.
fn vote_mentions(text: &str) -> Vec<VoteMention> {
    let t = Tokens::new(text);
    votes::mentions(&t, 0, t.len())
}

pub fn run(args: &ScanArgs) -> Result<()> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    if args.jsonl {
        for (n, line) in std::io::stdin().lock().lines().enumerate() {
            let line = line.context("reading stdin")?;
            if line.trim().is_empty() {
                continue;
            }
            let parsed: Line = serde_json::from_str(&line).with_context(|| {
                format!(
                    "stdin:{}: expected {{\"input\": \"...\", \"reference\": ...}}",
                    n + 1
                )
            })?;
            let published = parsed
                .reference
                .as_deref()
                .and_then(reference_date)
                .or(args.published);
            let mentions = extract::scan(&parsed.input);
            let found = date_mentions(&parsed.input, published);
            let voted = vote_mentions(&parsed.input);
            let out_line = Out {
                mentions: shown(&parsed.input, &mentions),
                dates: shown_dates(&parsed.input, &found),
                votes: voted
                    .iter()
                    .map(|v| ShownVote {
                        text: &parsed.input[v.start..v.end],
                        vote: v,
                    })
                    .collect(),
            };
            serde_json::to_writer(&mut out, &out_line)?;
            out.write_all(b"\n")?;
        }
    } else if let Some(text) = &args.text {
        let mentions = extract::scan(text);
        for m in &mentions {
            let value = serde_json::to_string(&m.value)?;
            writeln!(
                out,
                "{:>5}..{:<5} {:<9} {:<22} {:<12} {:<14} {:<22} {:?}",
                m.start,
                m.end,
                m.dim.name(),
                value,
                m.qualifier.unwrap_or("-"),
                m.unit.unwrap_or("-"),
                m.rule,
                &text[m.start..m.end],
            )?;
        }
        let found = date_mentions(text, args.published);
        for d in &found {
            let value = d.value.map_or_else(|| "?".to_string(), |v| v.iso());
            let unit = d.relative.as_ref().map_or_else(
                || "-".to_string(),
                |r| format!("{} {:?}", r.offset(), r.anchor),
            );
            writeln!(
                out,
                "{:>5}..{:<5} {:<9} {:<22} {:<12} {:<14} {:<22} {:?}",
                d.start,
                d.end,
                "date",
                value,
                d.qualifier.unwrap_or("-"),
                unit,
                d.rule,
                &text[d.start..d.end],
            )?;
        }
        let voted = vote_mentions(text);
        for v in &voted {
            writeln!(
                out,
                "{:>5}..{:<5} {:<9} {:<50} {:<22} {:?}",
                v.start,
                v.end,
                "vote",
                serde_json::to_string(&v.value)?,
                v.rule,
                &text[v.start..v.end],
            )?;
        }
        if mentions.is_empty() && found.is_empty() && voted.is_empty() {
            writeln!(out, "(no mentions)")?;
        }
    }
    out.flush()?;
    Ok(())
}

fn shown<'a>(text: &'a str, mentions: &'a [Mention]) -> Vec<Shown<'a>> {
    mentions
        .iter()
        .map(|m| Shown {
            text: &text[m.start..m.end],
            mention: m,
        })
        .collect()
}

fn shown_dates<'a>(text: &'a str, found: &'a [DateMention]) -> Vec<ShownDate<'a>> {
    found
        .iter()
        .map(|d| ShownDate {
            text: &text[d.start..d.end],
            start: d.start,
            end: d.end,
            value: d.value.map(|v| v.iso()),
            grain: d.value.map(|v| v.grain()),
            qualifier: d.qualifier,
            relative: d.relative.as_ref(),
            rule: d.rule,
        })
        .collect()
}
