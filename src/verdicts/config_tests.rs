use super::*;

fn parse_ok(text: &str) -> Config {
    parse(Path::new("claimcheck.toml"), text).unwrap_or_else(|e| panic!("{e}"))
}

fn parse_err(text: &str) -> String {
    parse(Path::new("claimcheck.toml"), text)
        .expect_err("must be refused")
        .to_string()
}

const DESK: &str = r#"
[desk]
name = "Example Desk"
url_template = "https://factcheck.example.org/{id}"

[check]
missing_evidence = "warning"

[[verdicts]]
name = "true"
label = "True"
class = "good"
rating = 3

[[verdicts]]
name = "half-true"
class = "fair"
rating = 2

[[verdicts]]
name = "false"
label = "False"
class = "bad"
rating = 1
"#;

#[test]
fn a_desk_scale() {
    let c = parse_ok(DESK);
    assert_eq!(c.desk.name.as_deref(), Some("Example Desk"));
    assert_eq!(c.missing_evidence, Severity::Warning);
    assert_eq!(
        c.scale.names(),
        ["unreviewed", "true", "half-true", "false", "needs-recheck"]
    );
    assert_eq!((c.scale.best_rating, c.scale.worst_rating), (3, 1));
    let half = c.scale.get("half-true").expect("listed");
    assert_eq!(half.label, "Half true");
    assert_eq!(half.class, "fair");
}

#[test]
fn an_empty_file_is_the_defaults() {
    let c = parse_ok("");
    assert_eq!(c.scale, Scale::default());
    assert_eq!(c.missing_evidence, Severity::Error);
    assert_eq!(c.desk, Desk::default());
}

#[test]
fn syntax_errors_name_line_and_column() {
    let e = parse_err("[desk]\nname = \"Desk\nurl_template = 1\n");
    assert!(e.starts_with("claimcheck.toml:2:"), "{e}");
    assert!(e.contains("examples/claimcheck.toml"), "{e}");
}

#[test]
fn a_misspelt_key_is_refused_not_ignored() {
    let e = parse_err("[check]\nmissing_evidense = \"warning\"\n");
    assert!(e.starts_with("claimcheck.toml:2:1:"), "{e}");
    assert!(e.contains("missing_evidense"), "{e}");
}

#[test]
fn a_bad_severity_lists_the_choices() {
    let e = parse_err("[check]\nmissing_evidence = \"warn\"\n");
    assert!(e.starts_with("claimcheck.toml:2:"), "{e}");
    assert!(e.contains("error") && e.contains("warning"), "{e}");
}

#[test]
fn semantic_mistakes_point_at_their_line() {
    let dup = "[[verdicts]]\nname = \"a\"\nrating = 1\n[[verdicts]]\nname = \"a\"\n";
    assert!(parse_err(dup).starts_with("claimcheck.toml:5:8:"));
    let rated = "[[verdicts]]\nname = \"a\"\n[[verdicts]]\nname = \"unreviewed\"\nrating = 0\n";
    let e = parse_err(rated);
    assert!(
        e.starts_with("claimcheck.toml:5:") && e.contains("remove `rating`"),
        "{e}"
    );
    let spaced = "[[verdicts]]\nname = \"Mostly true\"\n";
    assert!(parse_err(spaced).contains("lowercase letters"));
    let template = "[desk]\nurl_template = \"factcheck.example.org\"\n";
    assert!(parse_err(template).contains("{id}"));
    let undecided = "[[verdicts]]\nname = \"unreviewed\"\n";
    assert!(parse_err(undecided).contains("no decided verdict"));
    let bounds = "[scale]\nbest_rating = 3\n";
    assert!(parse_err(bounds).contains("outside the scale"));
}

#[test]
fn found_by_walking_up_from_the_claims_folder() {
    let root = tempfile::tempdir().expect("tempdir");
    let deep = root.path().join("desk/2022/march");
    std::fs::create_dir_all(&deep).expect("mkdir");
    // None above a fresh temporary folder (unless the machine has one at /
    // or in the temp root, which a test machine does not).
    assert_eq!(find(&deep), None);
    assert_eq!(discover(&deep).expect("defaults"), Config::default());

    std::fs::write(root.path().join("desk").join(CONFIG_FILE), DESK).expect("write");
    let found = find(&deep).expect("found above");
    assert_eq!(found, root.path().join("desk").join(CONFIG_FILE));
    assert_eq!(
        discover(&deep).expect("loads").missing_evidence,
        Severity::Warning
    );

    // The nearest one wins.
    std::fs::write(
        deep.join(CONFIG_FILE),
        "[check]\nmissing_evidence = \"error\"\n",
    )
    .expect("write");
    assert_eq!(find(&deep), Some(deep.join(CONFIG_FILE)));
    assert_eq!(
        discover(&deep).expect("loads").missing_evidence,
        Severity::Error
    );
}

#[test]
fn a_broken_config_found_by_discovery_is_an_error() {
    let root = tempfile::tempdir().expect("tempdir");
    std::fs::write(root.path().join(CONFIG_FILE), "[desk\n").expect("write");
    let e = discover(root.path()).expect_err("broken").to_string();
    assert!(e.contains("claimcheck.toml:1:"), "{e}");
}

#[test]
fn line_col_counts_characters() {
    assert_eq!(line_col("ab\ncd", 4), (2, 2));
    assert_eq!(line_col("é\nx", 1), (1, 1));
    assert_eq!(line_col("éa", 2), (1, 2));
    assert_eq!(line_col("x", 99), (1, 2));
}

/// The commented example is the default scale written out; it must stay so.
#[test]
fn the_example_config_is_the_default_scale() {
    let c = parse_ok(include_str!("../../examples/claimcheck.toml"));
    assert_eq!(c.scale, Scale::default());
    assert_eq!(c.missing_evidence, Severity::Error);
    assert_eq!(
        c.desk.review_url("x").as_deref(),
        Some("https://factcheck.example.org/checks/x")
    );
}
