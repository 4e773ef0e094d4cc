//! The verdict scale and the desk's settings.
//!
//! A desk may bring its own scale in a `claimcheck.toml` (see [`config`]);
//! without one the default scale of the product applies. Two verdicts exist
//! on every scale because the tool itself writes them: `unreviewed` (every new
//! claim) and `needs-recheck` (a claim that changed in a newer version of the
//! article). A desk may relabel them but not remove them, and they carry no
//! rating: nothing is published about a claim nobody has decided.

pub mod config;
mod suggest;

pub use config::{CONFIG_FILE, ConfigError, discover, load};

/// The verdict every new claim starts with.
pub const UNREVIEWED: &str = crate::claims::UNREVIEWED;
/// The verdict the tool gives a claim whose text changed after it was decided.
pub const NEEDS_RECHECK: &str = "needs-recheck";

/// How a `check` finding counts: an error fails the check (exit 1), a warning
/// is shown but does not.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    #[default]
    Error,
    Warning,
}

impl Severity {
    pub fn name(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// One verdict of a scale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verdict {
    /// What editors write in `verdict:` (`mostly-accurate`).
    pub name: String,
    /// What readers see (`Mostly accurate`); ClaimReview's `alternateName`.
    pub label: String,
    /// A CSS class for reports (`good`, `bad`), so a desk's stylesheet can
    /// colour verdicts without knowing their names.
    pub class: String,
    /// ClaimReview `ratingValue`. `None` for verdicts that are not a point on
    /// the truth scale: the undecided ones, and `unverifiable`, which placed
    /// between true and false would tell aggregators something it does not
    /// mean; its ClaimReview carries the label alone.
    pub rating: Option<i64>,
}

impl Verdict {
    /// Whether an editor has decided the claim: everything except the two
    /// verdicts the tool writes.
    pub fn is_decided(&self) -> bool {
        is_decided(&self.name)
    }
}

/// Whether a verdict name is a decision (anything but `unreviewed` and
/// `needs-recheck`).
pub fn is_decided(name: &str) -> bool {
    name != UNREVIEWED && name != NEEDS_RECHECK
}

/// The rating a ClaimReview export gives a verdict.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewRating {
    pub rating_value: Option<i64>,
    pub best_rating: i64,
    pub worst_rating: i64,
    pub alternate_name: String,
}

/// An ordered verdict scale, best first as the desk listed it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scale {
    verdicts: Vec<Verdict>,
    pub best_rating: i64,
    pub worst_rating: i64,
}

impl Default for Scale {
    /// The product's scale: a four-point truth scale (4 best, 1 worst) plus
    /// `unverifiable` and the two undecided verdicts.
    fn default() -> Scale {
        let v = |name: &str, label: &str, class: &str, rating: Option<i64>| Verdict {
            name: name.to_string(),
            label: label.to_string(),
            class: class.to_string(),
            rating,
        };
        Scale {
            verdicts: vec![
                v(UNREVIEWED, "Unreviewed", "pending", None),
                v("accurate", "Accurate", "good", Some(4)),
                v("mostly-accurate", "Mostly accurate", "fair", Some(3)),
                v("misleading", "Misleading", "poor", Some(2)),
                v("inaccurate", "Inaccurate", "bad", Some(1)),
                v("unverifiable", "Unverifiable", "neutral", None),
                v(NEEDS_RECHECK, "Needs re-check", "recheck", None),
            ],
            best_rating: 4,
            worst_rating: 1,
        }
    }
}

impl Scale {
    /// A scale from a desk's verdicts; the undecided verdicts are added with
    /// their default label and class when the desk did not list them.
    /// `best`/`worst` default to the highest and lowest rating given.
    pub(crate) fn new(mut verdicts: Vec<Verdict>, best: Option<i64>, worst: Option<i64>) -> Scale {
        let defaults = Scale::default();
        for name in [UNREVIEWED, NEEDS_RECHECK] {
            if !verdicts.iter().any(|v| v.name == name)
                && let Some(d) = defaults.get(name)
            {
                if name == UNREVIEWED {
                    verdicts.insert(0, d.clone());
                } else {
                    verdicts.push(d.clone());
                }
            }
        }
        let ratings = || verdicts.iter().filter_map(|v| v.rating);
        let best_rating = best.or_else(|| ratings().max()).unwrap_or(1);
        let worst_rating = worst.or_else(|| ratings().min()).unwrap_or(1);
        Scale {
            verdicts,
            best_rating,
            worst_rating,
        }
    }

    pub fn verdicts(&self) -> &[Verdict] {
        &self.verdicts
    }

    pub fn get(&self, name: &str) -> Option<&Verdict> {
        self.verdicts.iter().find(|v| v.name == name)
    }

    /// The verdict an editor most likely meant by a name not on the scale.
    pub fn suggest(&self, written: &str) -> Option<&Verdict> {
        suggest::closest(self, written)
    }

    /// The ClaimReview `reviewRating` of a decided verdict; `None` for a name
    /// not on the scale or an undecided verdict.
    pub fn review_rating(&self, name: &str) -> Option<ReviewRating> {
        let v = self.get(name).filter(|v| v.is_decided())?;
        Some(ReviewRating {
            rating_value: v.rating,
            best_rating: self.best_rating,
            worst_rating: self.worst_rating,
            alternate_name: v.label.clone(),
        })
    }

    /// The names, in scale order, for messages.
    pub fn names(&self) -> Vec<&str> {
        self.verdicts.iter().map(|v| v.name.as_str()).collect()
    }
}

/// Who publishes the fact-checks (used by the ClaimReview export).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Desk {
    /// The organisation, ClaimReview's `author`.
    pub name: Option<String>,
    /// Where a published fact-check lives; `{id}` is replaced by the claim ID.
    pub url_template: Option<String>,
}

impl Desk {
    /// The published fact-check's URL for a claim, when the desk gave a
    /// template.
    ///
    /// The ID is percent-encoded: editors can type any ID into a claims
    /// file, and `../admin` or `x?redirect=` must not steer the published
    /// link elsewhere on the desk's site.
    pub fn review_url(&self, claim_id: &str) -> Option<String> {
        self.url_template
            .as_ref()
            .map(|t| t.replace("{id}", &percent_encoded(claim_id)))
    }
}

/// Every byte but RFC 3986's unreserved characters as `%XX`; a generated
/// ID (`refugees-unhcr-1`) comes through unchanged.
fn percent_encoded(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Everything a desk can configure.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Config {
    /// The file it came from; `None` for the built-in defaults.
    pub path: Option<std::path::PathBuf>,
    pub desk: Desk,
    pub scale: Scale,
    /// How `check` counts a decided verdict without sources, reviewer or
    /// reviewed date. An error by default: publishing a verdict nobody can
    /// trace is what the check exists to stop; a desk migrating old files
    /// may lower it to a warning for a while.
    pub missing_evidence: Severity,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_scale_is_the_products() {
        let s = Scale::default();
        assert_eq!(
            s.names(),
            [
                "unreviewed",
                "accurate",
                "mostly-accurate",
                "misleading",
                "inaccurate",
                "unverifiable",
                "needs-recheck"
            ]
        );
        assert!(!s.get("unreviewed").is_some_and(Verdict::is_decided));
        assert!(!s.get("needs-recheck").is_some_and(Verdict::is_decided));
        assert!(s.get("unverifiable").is_some_and(Verdict::is_decided));
        assert_eq!((s.best_rating, s.worst_rating), (4, 1));
    }

    #[test]
    fn review_ratings_carry_the_scale_bounds() {
        let s = Scale::default();
        let r = s.review_rating("mostly-accurate").expect("decided");
        assert_eq!(r.rating_value, Some(3));
        assert_eq!((r.best_rating, r.worst_rating), (4, 1));
        assert_eq!(r.alternate_name, "Mostly accurate");
        let u = s.review_rating("unverifiable").expect("decided");
        assert_eq!(u.rating_value, None);
        assert_eq!(s.review_rating("unreviewed"), None);
        assert_eq!(s.review_rating("no-such"), None);
    }

    #[test]
    fn a_desk_scale_always_has_the_undecided_verdicts() {
        let v = Verdict {
            name: "true".into(),
            label: "True".into(),
            class: "good".into(),
            rating: Some(10),
        };
        let s = Scale::new(vec![v], None, Some(0));
        assert_eq!(s.names(), ["unreviewed", "true", "needs-recheck"]);
        assert_eq!((s.best_rating, s.worst_rating), (10, 0));
    }

    #[test]
    fn review_urls_fill_in_the_id() {
        let d = Desk {
            name: Some("Desk".into()),
            url_template: Some("https://fc.example.org/{id}".into()),
        };
        assert_eq!(
            d.review_url("refugees-unhcr-1").as_deref(),
            Some("https://fc.example.org/refugees-unhcr-1")
        );
        assert_eq!(Desk::default().review_url("x"), None);
        assert_eq!(
            d.review_url("../admin?x=\"<b>é. ").as_deref(),
            Some("https://fc.example.org/%2E%2E%2Fadmin%3Fx%3D%22%3Cb%3E%C3%A9%2E%20")
        );
    }
}
