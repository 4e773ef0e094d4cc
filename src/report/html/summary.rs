//! The top of the page (what was checked, how far the desk got) and the
//! counts by verdict, drawn as bars in plain HTML so the chart prints and
//! needs nothing but CSS.

use std::fmt::Write as _;

use super::escape::escape;
use super::{Loaded, look};
use crate::verdicts::{NEEDS_RECHECK, is_decided};

/// One bar: a verdict and how many claims have it.
struct Count {
    name: String,
    label: String,
    class: String,
    n: usize,
}

/// Counts by verdict over the claims still in their articles, in scale
/// order (the first file's scale, then verdicts other scales or editors
/// added, in the order met). Every verdict of a scale gets a row, zero
/// included: "0 inaccurate" is news too.
fn counts<'a>(files: impl IntoIterator<Item = &'a Loaded>) -> Vec<Count> {
    let mut out: Vec<Count> = Vec::new();
    let mut add = |l: &Loaded, name: &str, n: usize| {
        if let Some(c) = out.iter_mut().find(|c| c.name == name) {
            c.n += n;
            return;
        }
        let look = look(l, name);
        out.push(Count {
            name: name.to_string(),
            label: look.label,
            class: look.class,
            n,
        });
    };
    for l in files {
        for v in l.config.scale.verdicts() {
            add(l, &v.name, 0);
        }
        for c in l.file.claims.iter().filter(|c| c.removed_in.is_none()) {
            add(l, &c.verdict, 1);
        }
    }
    out
}

/// `n / total` rounded to the nearest integer; `None` for no total.
fn rounded(n: usize, total: usize) -> Option<usize> {
    (n + total / 2).checked_div(total)
}

/// A share in percent with one decimal, computed in integers so the bytes
/// never vary with floating-point formatting.
fn percent(n: usize, total: usize) -> String {
    rounded(n * 1000, total).map_or("0".to_string(), |t| format!("{}.{}", t / 10, t % 10))
}

/// Title, figures, the list of articles and the chart.
pub fn top(out: &mut String, files: &[Loaded], title: &str) {
    let current = || {
        files
            .iter()
            .flat_map(|l| &l.file.claims)
            .filter(|c| c.removed_in.is_none())
    };
    let total = current().count();
    let decided = current().filter(|c| is_decided(&c.verdict)).count();
    let recheck = current().filter(|c| c.verdict == NEEDS_RECHECK).count();
    let removed = files
        .iter()
        .flat_map(|l| &l.file.claims)
        .filter(|c| c.removed_in.is_some())
        .count();
    let reviewed = rounded(decided * 100, total).map_or("–".to_string(), |p| format!("{p}%"));
    let _ = write!(
        out,
        "<header class=\"top\">\n<div>\n<p class=\"eyebrow\">claimcheck review</p>\n<h1>{}</h1>\n<ul class=\"figures\">\
         <li><strong>{}</strong>{}</li><li><strong>{total}</strong>claims</li>\
         <li><strong>{reviewed}</strong>decided</li><li><strong>{recheck}</strong>to re-check</li>\
         <li><strong>{removed}</strong>removed</li></ul>\n",
        escape(title),
        files.len(),
        if files.len() == 1 {
            "article"
        } else {
            "articles"
        },
    );
    if files.len() > 1 {
        out.push_str("<ol class=\"contents\">\n");
        for (i, l) in files.iter().enumerate() {
            let name = l
                .file
                .article
                .title
                .clone()
                .unwrap_or_else(|| super::article_name(l));
            let _ = writeln!(
                out,
                "<li><a href=\"#f{}\">{}</a></li>",
                i + 1,
                escape(&name)
            );
        }
        out.push_str("</ol>\n");
    }
    out.push_str("</div>\n<figure class=\"chart\">\n<figcaption>Claims by verdict</figcaption>\n");
    for c in counts(files) {
        let _ = writeln!(
            out,
            "<div class=\"row v v-{}\" data-verdict=\"{}\"><span class=\"label\">{}</span>\
             <span class=\"track\"><span class=\"fill\" style=\"display:block;width:{}%\"></span></span>\
             <span class=\"count\"><b>{}</b> · {}%</span></div>",
            c.class,
            escape(&c.name),
            escape(&c.label),
            percent(c.n, total),
            c.n,
            rounded(c.n * 100, total).unwrap_or(0),
        );
    }
    out.push_str("</figure>\n</header>\n");
}

/// One article's verdicts as a thin stacked bar under its heading.
pub fn strip(out: &mut String, l: &Loaded) {
    let counts = counts([l]);
    if counts.iter().all(|c| c.n == 0) {
        return;
    }
    out.push_str("<div class=\"strip\" aria-hidden=\"true\">");
    for c in counts.iter().filter(|c| c.n > 0) {
        let _ = write!(
            out,
            "<span class=\"v v-{}\" style=\"flex:{}\" title=\"{}: {}\"></span>",
            c.class,
            c.n,
            escape(&c.label),
            c.n
        );
    }
    out.push_str("</div>\n");
}

#[cfg(test)]
pub(super) fn percent_for_tests(n: usize, total: usize) -> String {
    percent(n, total)
}
