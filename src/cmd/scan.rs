//! `claimcheck scan`: every mention in a text, with the rule that made it.

use std::io::{BufRead, Write};

use anyhow::{Context, Result};
use claimcheck::extract::{self, Mention};
use serde::{Deserialize, Serialize};

use crate::cli::ScanArgs;

#[derive(Deserialize)]
struct Line {
    input: String,
}

#[derive(Serialize)]
struct Out<'a> {
    mentions: Vec<Shown<'a>>,
}

#[derive(Serialize)]
struct Shown<'a> {
    text: &'a str,
    #[serde(flatten)]
    mention: &'a Mention,
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
            let mentions = extract::scan(&parsed.input);
            let shown = shown(&parsed.input, &mentions);
            serde_json::to_writer(&mut out, &Out { mentions: shown })?;
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
        if mentions.is_empty() {
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
