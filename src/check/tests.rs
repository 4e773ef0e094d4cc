use super::*;

const FILE: &str = "format: claimcheck/1
article:
  file: a.txt
  published: 2022-03-30
  revision: 1
  sha256: x
claims:
  - id: c-1
    kind: refugees
    quote: q
    sentence: s
    line: 1
    value: 1
    verdict: VERDICT
    sources:
      - url: https://example.org/
    reviewer: R
    reviewed: REVIEWED
    desk_priority: high
";

fn problems(verdict: &str, reviewed: &str, config: &Config) -> Vec<Problem> {
    let text = FILE
        .replace("VERDICT", verdict)
        .replace("REVIEWED", reviewed);
    let day = NaiveDate::from_ymd_opt(2024, 6, 1).expect("date");
    check_text(Path::new("/nonexistent/c.yaml"), &text, config, day)
        .into_iter()
        // The article is not there: that finding is tested elsewhere.
        .filter(|p| !p.message.contains("the article is not at"))
        .collect()
}

#[test]
fn a_sound_claim_has_no_problems() {
    assert_eq!(problems("accurate", "2022-03-31", &Config::default()), []);
}

#[test]
fn today_bounds_review_dates_and_is_an_argument() {
    let p = problems("accurate", "2024-06-02", &Config::default());
    assert_eq!(p.len(), 1, "{p:?}");
    assert_eq!((p[0].line, p[0].column), (18, 15));
    assert!(p[0].message.contains("in the future"));
    assert_eq!(problems("accurate", "2024-06-01", &Config::default()), []);
}

#[test]
fn the_desk_scale_decides_what_is_known() {
    let desk = verdicts::config::parse(
        Path::new("claimcheck.toml"),
        "[[verdicts]]\nname = \"true\"\nrating = 1\n",
    )
    .expect("config");
    assert_eq!(problems("true", "2022-03-31", &desk), []);
    let p = problems("accurate", "2022-03-31", &desk);
    assert_eq!(p.len(), 1);
    assert_eq!((p[0].line, p[0].column), (14, 14));
    assert!(
        p[0].message
            .contains("use one of: unreviewed, true, needs-recheck"),
        "{}",
        p[0].message
    );
}

#[test]
fn missing_evidence_follows_the_config() {
    let text = FILE
        .replace("VERDICT", "misleading")
        .replace("    reviewer: R\n", "")
        .replace("REVIEWED", "null");
    let day = NaiveDate::from_ymd_opt(2024, 6, 1).expect("date");
    let mut config = Config::default();
    let p = check_text(Path::new("c.yaml"), &text, &config, day);
    let ev = p
        .iter()
        .find(|p| p.message.contains("has no"))
        .expect("found");
    assert_eq!(ev.severity, Severity::Error);
    assert!(
        ev.message.contains("has no reviewer or reviewed date"),
        "{}",
        ev.message
    );
    config.missing_evidence = Severity::Warning;
    let p = check_text(Path::new("c.yaml"), &text, &config, day);
    let ev = p
        .iter()
        .find(|p| p.message.contains("has no"))
        .expect("found");
    assert_eq!(ev.severity, Severity::Warning);
}

#[test]
fn model_errors_lose_their_location_prefix() {
    assert_eq!(
        without_location("error: line 19 column 14: cannot deserialize"),
        "cannot deserialize"
    );
    assert_eq!(without_location("plain"), "plain");
}
