//! Which claims a report shows, and in what order.

use chrono::NaiveDate;

use super::Loaded;
use crate::claims::Claim;
use crate::extract::ClaimKind;

/// The filters of `report`; an empty list or `None` lets everything through.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub verdicts: Vec<String>,
    pub kinds: Vec<ClaimKind>,
    /// Text in the article's path, title or the claims file's path.
    pub article: Option<String>,
    pub reviewer: Option<String>,
    /// Reviewed on or after this day.
    pub since: Option<NaiveDate>,
    /// Show claims the article no longer makes (`removed_in`).
    pub removed: bool,
}

impl Filter {
    pub fn keeps(&self, l: &Loaded, c: &Claim) -> bool {
        (self.removed || c.removed_in.is_none())
            && (self.verdicts.is_empty()
                || self
                    .verdicts
                    .iter()
                    .any(|v| v.eq_ignore_ascii_case(c.verdict.trim())))
            && (self.kinds.is_empty() || self.kinds.contains(&c.kind))
            && self
                .article
                .as_deref()
                .is_none_or(|a| article_matches(l, a))
            && self.reviewer.as_deref().is_none_or(|r| {
                c.reviewer
                    .as_deref()
                    .is_some_and(|x| x.trim().eq_ignore_ascii_case(r.trim()))
            })
            && self.since.is_none_or(|since| {
                c.reviewed
                    .as_deref()
                    .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
                    .is_some_and(|d| d >= since)
            })
    }
}

fn article_matches(l: &Loaded, needle: &str) -> bool {
    let needle = needle.to_lowercase();
    [
        Some(l.file.article.file.as_str()),
        l.file.article.title.as_deref(),
        l.path.to_str(),
    ]
    .into_iter()
    .flatten()
    .any(|h| h.to_lowercase().contains(&needle))
}

/// Orders for `--sort`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    /// Claims file by path, then the article's order.
    #[default]
    Article,
    Id,
    Kind,
    /// In the order of the desk's scale (unreviewed first).
    Verdict,
    /// Most recently reviewed first; unreviewed last.
    Reviewed,
    Reviewer,
}

/// The claims `filter` keeps, each with its file, in `sort` order. Ties
/// keep article order, so the result is deterministic.
pub fn select<'a>(
    files: &'a [Loaded],
    filter: &Filter,
    sort: Sort,
) -> Vec<(&'a Loaded, &'a Claim)> {
    let mut rows: Vec<(&Loaded, &Claim)> = files
        .iter()
        .flat_map(|l| l.file.claims.iter().map(move |c| (l, c)))
        .filter(|(l, c)| filter.keeps(l, c))
        .collect();
    match sort {
        Sort::Article => {}
        Sort::Id => rows.sort_by(|a, b| a.1.id.cmp(&b.1.id)),
        Sort::Kind => rows.sort_by_key(|r| r.1.kind.name()),
        Sort::Verdict => rows.sort_by_key(|(l, c)| {
            let names = l.config.scale.names();
            names
                .iter()
                .position(|n| *n == c.verdict)
                .unwrap_or(names.len())
        }),
        Sort::Reviewed => rows.sort_by(|a, b| {
            b.1.reviewed
                .is_some()
                .cmp(&a.1.reviewed.is_some())
                .then_with(|| b.1.reviewed.cmp(&a.1.reviewed))
        }),
        Sort::Reviewer => rows.sort_by(|a, b| {
            a.1.reviewer
                .is_none()
                .cmp(&b.1.reviewer.is_none())
                .then_with(|| a.1.reviewer.cmp(&b.1.reviewer))
        }),
    }
    rows
}
