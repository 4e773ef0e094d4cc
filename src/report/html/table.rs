//! The claims table beside the article, and the history of changed claims
//! under it.

use std::fmt::Write as _;
use std::ops::Range;

use super::escape::{escape, http_url};
use super::{Loaded, look};
use crate::claims::{Claim, History, Source};
use crate::report::value::shown;

/// One row per claim, numbered as the marks in the text are.
pub fn claims(
    out: &mut String,
    l: &Loaded,
    f: usize,
    spans: &[Option<Range<usize>>],
    have_text: bool,
) {
    out.push_str(
        "<div class=\"claims\">\n<table>\n<caption>Claims</caption>\n<colgroup><col class=\"c-n\"><col class=\"c-claim\">\
         <col class=\"c-value\"><col class=\"c-verdict\"><col class=\"c-sources\"><col class=\"c-who\"></colgroup>\n<thead><tr><th>#</th><th>Claim</th>\
         <th>Value</th><th>Verdict</th><th>Sources</th><th>Checked</th></tr></thead>\n<tbody>\n",
    );
    if l.file.claims.is_empty() {
        out.push_str("<tr><td colspan=\"6\" class=\"none\">No claims.</td></tr>\n");
    }
    for (k, c) in l.file.claims.iter().enumerate() {
        let n = k + 1;
        let located = spans.get(k).is_some_and(Option::is_some);
        let class = if c.removed_in.is_some() {
            " class=\"removed\""
        } else {
            ""
        };
        let number = if located {
            format!("<a href=\"#f{f}-m{n}\" title=\"Show in the text\">{n}</a>")
        } else {
            n.to_string()
        };
        let _ = write!(
            out,
            "<tr id=\"f{f}-c{n}\"{class} data-claim=\"{}\"><td class=\"n\">{number}</td>\
             <td><span class=\"quote\">“{}”</span><span class=\"id\">{} · {}</span>",
            escape(&c.id),
            escape(&c.quote),
            escape(&c.id),
            c.kind.name()
        );
        if let Some(r) = c.removed_in {
            let _ = write!(
                out,
                "<span class=\"removed-tag\">Removed in revision {r}</span>"
            );
        } else if have_text && !located {
            out.push_str("<span class=\"flag\">Quote not found in the article text</span>");
        }
        if let Some(note) = c.note.as_deref().filter(|s| !s.trim().is_empty()) {
            let _ = write!(out, "<span class=\"note\">{}</span>", escape(note));
        }
        let value = shown(c);
        let look = look(l, &c.verdict);
        let _ = write!(
            out,
            "</td><td class=\"value\">{}</td><td><span class=\"badge v v-{}\">{}</span></td><td>",
            words(&value),
            look.class,
            escape(&look.label)
        );
        sources(out, &c.sources);
        out.push_str("</td><td class=\"who\">");
        who(out, c.reviewer.as_deref(), c.reviewed.as_deref());
        out.push_str("</td></tr>\n");
    }
    out.push_str("</tbody>\n</table>\n</div>\n");
}

/// A value that wraps only between words: `2022-03-30` and `141-5-35`
/// must not break at their hyphens.
fn words(value: &str) -> String {
    value
        .split(' ')
        .map(|w| format!("<span>{}</span>", escape(w)))
        .collect::<Vec<_>>()
        .join(" ")
}

fn sources(out: &mut String, sources: &[Source]) {
    if sources.is_empty() {
        out.push_str("<span class=\"none\">none</span>");
        return;
    }
    out.push_str("<ul class=\"sources\">");
    for s in sources {
        out.push_str("<li>");
        match (s.url.as_deref(), s.citation.as_deref()) {
            (Some(u), _) if http_url(u).is_some() => {
                let u = http_url(u).unwrap_or(u);
                let _ = write!(
                    out,
                    "<a href=\"{0}\" title=\"{0}\" rel=\"noopener noreferrer\">{1}</a>",
                    escape(u),
                    escape(&host(u))
                );
            }
            (Some(u), _) => {
                let _ = write!(out, "<span class=\"cite\">{}</span>", escape(u));
            }
            (None, Some(c)) => {
                let _ = write!(out, "<span class=\"cite\">{}</span>", escape(c));
            }
            (None, None) => out.push_str("<span class=\"none\">(no address)</span>"),
        }
        if let (Some(_), Some(c)) = (s.url.as_deref(), s.citation.as_deref()) {
            let _ = write!(out, " <span class=\"cite\">{}</span>", escape(c));
        }
        if let Some(n) = s.note.as_deref().filter(|n| !n.trim().is_empty()) {
            let _ = write!(out, "<span class=\"note\">{}</span>", escape(n));
        }
        out.push_str("</li>");
    }
    out.push_str("</ul>");
}

/// The link text for an address: its host and path, without the scheme and
/// a leading `www.`, which say nothing.
fn host(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let rest = rest.strip_prefix("www.").unwrap_or(rest);
    let rest = rest.trim_end_matches('/');
    if rest.chars().count() > 48 {
        let cut: String = rest.chars().take(46).collect();
        format!("{cut}…")
    } else {
        rest.to_string()
    }
}

fn who(out: &mut String, reviewer: Option<&str>, reviewed: Option<&str>) {
    let reviewer = reviewer.filter(|s| !s.trim().is_empty());
    let reviewed = reviewed.filter(|s| !s.trim().is_empty());
    if reviewer.is_none() && reviewed.is_none() {
        out.push_str("<span class=\"none\">–</span>");
        return;
    }
    out.push_str(&escape(reviewer.unwrap_or("")));
    if let Some(d) = reviewed {
        let _ = write!(out, "<small>{}</small>", escape(d));
    }
}

/// What each changed claim said in earlier revisions, with the verdict it
/// had then, and what it says now.
pub fn changes(out: &mut String, l: &Loaded, f: usize) {
    let changed: Vec<(usize, &Claim)> = l
        .file
        .claims
        .iter()
        .enumerate()
        .filter(|(_, c)| !c.history.is_empty())
        .collect();
    if changed.is_empty() {
        return;
    }
    out.push_str("<div class=\"changes\">\n<h3>Changed claims</h3>\n<ol>\n");
    for (k, c) in changed {
        let n = k + 1;
        let _ = write!(
            out,
            "<li value=\"{n}\"><a href=\"#f{f}-c{n}\"><code>{}</code></a>",
            escape(&c.id)
        );
        for h in &c.history {
            let _ = write!(out, "<div>Revision {}: ", h.revision);
            version(
                out,
                l,
                &h.quote,
                &then(c, h),
                &h.verdict,
                h.reviewer.as_deref(),
                h.reviewed.as_deref(),
            );
            out.push_str("</div>");
        }
        let now = match c.removed_in {
            Some(r) => format!("Removed in revision {r}, last: "),
            None => format!("Now (revision {}): ", l.file.article.revision),
        };
        let _ = write!(out, "<div>{now}");
        version(
            out,
            l,
            &c.quote,
            &shown(c),
            &c.verdict,
            c.reviewer.as_deref(),
            c.reviewed.as_deref(),
        );
        out.push_str("</div></li>\n");
    }
    out.push_str("</ol>\n</div>\n");
}

fn version(
    out: &mut String,
    l: &Loaded,
    quote: &str,
    value: &str,
    verdict: &str,
    reviewer: Option<&str>,
    reviewed: Option<&str>,
) {
    let look = look(l, verdict);
    let _ = write!(
        out,
        "<span class=\"was\">“{}”</span> <span class=\"arrow\">·</span> {} \
         <span class=\"badge v v-{}\">{}</span>",
        escape(quote),
        escape(value),
        look.class,
        escape(&look.label)
    );
    let by: Vec<&str> = [reviewer, reviewed]
        .into_iter()
        .flatten()
        .filter(|s| !s.trim().is_empty())
        .collect();
    if !by.is_empty() {
        let _ = write!(out, " <small>{}</small>", escape(&by.join(", ")));
    }
}

/// The value a history entry records, shown as the claim's is. An entry
/// keeps only the fields that changed, so the others are the claim's own;
/// a hedge is shown only when the entry has one (an absent one may mean
/// "unchanged" or "none then").
fn then(c: &Claim, h: &History) -> String {
    let mut old = c.clone();
    old.value = h.value.clone();
    old.qualifier = h.qualifier.clone();
    if h.relative.is_some() {
        old.relative = h.relative.clone();
    }
    if h.unit.is_some() {
        old.unit = h.unit.clone();
    }
    if h.currency.is_some() {
        old.currency = h.currency.clone();
    }
    shown(&old)
}
