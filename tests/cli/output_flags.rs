//! `--quiet`, `--verbose`, `--color` and `NO_COLOR`, the same for every
//! command: on stdout through anstream, on stderr through `cmd::log`.

use crate::support::{claimcheck, root, run, write};

const CLAIMS: &str = "claims/2022-03-30-lavrov-wang.yaml";
const V2: &str = "tests/fixtures/update/lavrov-wang.in/revised.txt";

const ESC: char = '\u{1b}';

fn removed(text: &str) -> String {
    let style = anstyle::AnsiColor::Red
        .on_default()
        .effects(anstyle::Effects::STRIKETHROUGH);
    format!("{style}{text}{style:#}")
}

#[test]
fn no_color_keeps_diff_plain_even_when_forced() {
    let (out, _) = run(
        claimcheck()
            .current_dir(root())
            .env("NO_COLOR", "1")
            .env("CLICOLOR_FORCE", "1")
            .args(["diff", CLAIMS, V2]),
        0,
    );
    assert!(!out.contains(ESC), "{out}");
    assert!(
        out.contains("[-almost-]{+more than+} four million"),
        "{out}"
    );
}

#[test]
fn color_always_paints_the_word_diff() {
    let (out, _) = run(
        claimcheck()
            .current_dir(root())
            .env("NO_COLOR", "1")
            .args(["diff", CLAIMS, V2, "--color", "always"]),
        0,
    );
    assert!(out.contains(&removed("almost")), "{out:?}");
    assert!(!out.contains("[-almost-]"), "{out}");
}

#[test]
fn color_never_wins_over_clicolor_force() {
    let (out, err) = run(
        claimcheck()
            .current_dir(root())
            .env_remove("NO_COLOR")
            .env("CLICOLOR_FORCE", "1")
            .args(["--color", "never", "export", "claimreview", "claims"]),
        0,
    );
    assert!(!out.contains(ESC) && !err.contains(ESC), "{err}");
    assert!(err.contains("claimcheck: warning: no desk name"), "{err}");
}

#[test]
fn stderr_follows_color_and_no_color() {
    let args = ["export", "claimreview", "claims"];
    let (_, plain) = run(
        claimcheck()
            .current_dir(root())
            .env("NO_COLOR", "1")
            .env("CLICOLOR_FORCE", "1")
            .args(args),
        0,
    );
    assert!(!plain.contains(ESC), "{plain}");
    let (_, painted) = run(
        claimcheck()
            .current_dir(root())
            .env("NO_COLOR", "1")
            .args(args)
            .args(["--color", "always"]),
        0,
    );
    let style = anstyle::AnsiColor::Yellow
        .on_default()
        .effects(anstyle::Effects::BOLD);
    assert!(
        painted.contains(&format!(
            "claimcheck: {style}warning:{style:#} no desk name"
        )),
        "{painted:?}"
    );
}

#[test]
fn color_applies_to_clap_help_too() {
    let (out, _) = run(
        claimcheck()
            .env("NO_COLOR", "1")
            .args(["--color=always", "report", "--help"]),
        0,
    );
    assert!(out.contains(ESC), "{out}");
    let (out, _) = run(
        claimcheck()
            .env("CLICOLOR_FORCE", "1")
            .env_remove("NO_COLOR")
            .args(["report", "--help", "--color", "never"]),
        0,
    );
    assert!(!out.contains(ESC), "{out}");
}

#[test]
fn quiet_drops_warnings_and_summaries_but_not_the_output() {
    let args = ["export", "claimreview", "claims"];
    let (loud, loud_err) = run(claimcheck().current_dir(root()).args(args), 0);
    assert!(loud_err.contains("exported"), "{loud_err}");
    let (quiet, quiet_err) = run(claimcheck().current_dir(root()).arg("-q").args(args), 0);
    assert_eq!(quiet, loud);
    assert_eq!(quiet_err, "");
}

#[test]
fn quiet_still_prints_errors() {
    let (_, err) = run(
        claimcheck()
            .current_dir(root())
            .args(["--quiet", "report", "no/such/folder"]),
        2,
    );
    assert!(err.contains("no/such/folder"), "{err}");
    let (_, err) = run(
        claimcheck().current_dir(root()).args([
            "report",
            "claims",
            "--fail-on",
            "unreviewed",
            "-q",
        ]),
        1,
    );
    assert!(err.contains("--fail-on"), "the gate says why: {err}");
}

#[test]
fn quiet_update_prints_nothing_and_still_writes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let claims = std::fs::read_to_string(root().join(CLAIMS)).expect("claims");
    let article = std::fs::read_to_string(root().join(V2)).expect("article");
    let c = write(dir.path(), "a.yaml", &claims);
    let a = write(dir.path(), "a-v2.txt", article);
    let (out, err) = run(claimcheck().args(["update", "-q"]).arg(&c).arg(&a), 0);
    assert_eq!((out.as_str(), err.as_str()), ("", ""));
    assert_ne!(std::fs::read_to_string(&c).expect("updated"), claims);
}

#[test]
fn verbose_names_the_desk_config_and_times_the_steps() {
    let dir = tempfile::tempdir().expect("temp dir");
    let claims = std::fs::read_to_string(root().join(CLAIMS)).expect("claims");
    write(dir.path(), "a.yaml", &claims);
    write(dir.path(), "claimcheck.toml", "[desk]\nname = \"Desk\"\n");
    for args in [&["-v", "check", "."][..], &["report", ".", "--verbose"][..]] {
        let out = claimcheck()
            .current_dir(dir.path())
            .args(args)
            .output()
            .expect("runs");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains("claimcheck: desk config claimcheck.toml: 1 claims file"),
            "{args:?}: {err}"
        );
        assert!(err.contains(" ms\n"), "{args:?}: {err}");
    }
    let (_, err) = run(
        claimcheck().current_dir(dir.path()).args(["report", "."]),
        0,
    );
    assert!(!err.contains("desk config"), "{err}");
}

#[test]
fn quiet_and_verbose_conflict() {
    let (_, err) = run(claimcheck().args(["-q", "-v", "schema"]), 2);
    assert!(err.contains("cannot be used with"), "{err}");
}
