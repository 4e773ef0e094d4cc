//! Command-line arguments. Parsing only: every command calls the library.

use std::path::PathBuf;

use chrono::NaiveDate;
use claimcheck::extract::ClaimKind;
use clap::{Parser, Subcommand, ValueEnum, ValueHint};

const EXIT_CODES: &str = "\
Exit codes:
  0  success
  1  the check or gate found problems; extract --into: some articles failed
  2  usage or input error (the message names the file and what to do)";

/// Checkable claims from news articles, for fact-checking desks.
#[derive(Debug, Parser)]
#[command(name = "claimcheck", version, about, after_help = EXIT_CODES)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
    /// Colour: auto (on a terminal, unless NO_COLOR is set), always or never.
    #[arg(long, global = true, value_enum, default_value_t = ColorWhen::Auto)]
    pub color: ColorWhen,
    /// No warnings or summaries on stderr; errors are still printed.
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    pub quiet: bool,
    /// Also say which desk config applies and how long steps took.
    #[arg(short, long, global = true)]
    pub verbose: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorWhen {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Extract the checkable claims of articles into claims files (YAML).
    #[command(after_help = "\
Examples:
  claimcheck extract examples/articles/2022-03-30-lavrov-wang.txt
  claimcheck extract article.md -o claims/article.yaml
  claimcheck extract --into claims/ a.txt b.md --published 2022-03-30
  claimcheck extract --into claims/ archive/             # every article below archive/
  claimcheck extract --into claims/ archive/ --update    # rerun after articles changed

With --into, a claims file goes to the same place below DIR as its article
below the folder given (archive/a/index.html -> claims/a/index.yaml). A
file that cannot be read is reported and skipped, the others are done.
A progress bar shows on a terminal; a summary ends the run (not with
--quiet). Exit codes: 0 done, 1 some articles failed, 2 usage error or the
one article given could not be read.")]
    Extract(ExtractArgs),
    /// Show every number, amount and figure recognized in a text, with the rule
    /// that made it (a debugging view).
    #[command(after_help = "\
Examples:
  claimcheck scan 'nearly 1,200 civilians have been killed'
  echo '{\"input\": \"about $3.5bn\", \"reference\": null}' | claimcheck scan --jsonl")]
    Scan(ScanArgs),
    /// Validate claims files: YAML, verdicts on the desk's scale, evidence,
    /// sources, review dates, IDs, and that the article still says the quotes.
    #[command(after_help = "\
Examples:
  claimcheck check claims/
  claimcheck check claims/2022-03-30-lavrov-wang.yaml

Findings are printed as `file:line:col: error|warning: message` with the
line and a caret, then a summary. The verdict scale and the desk's settings
come from the nearest claimcheck.toml above each file (see README).
Exit codes: 0 no errors (warnings allowed), 1 errors found, 2 a path or the
desk config could not be read.")]
    Check(CheckArgs),
    /// Print the JSON Schema of the claims file format (claimcheck/1), for
    /// editors' YAML tools.
    #[command(after_help = "\
`extract -o`/`--into` also writes it beside the claims files as
claimcheck.schema.json, and points each claims file to it, so VS Code's YAML
extension validates and completes while editors type.

Examples:
  claimcheck schema > claims/claimcheck.schema.json")]
    Schema,
    /// Show what a newer version of an article changes in a claims file,
    /// claim by claim and word by word. Writes nothing.
    #[command(after_help = "\
Examples:
  claimcheck diff claims/2022-03-30-lavrov-wang.yaml article-v2.txt
  claimcheck diff claims/a.yaml a-v2.txt --format json
  claimcheck diff claims/a.yaml a-v2.txt --exit-code   # 1 when anything changed

Changed and removed claims get their sentence as a word diff: coloured on
a terminal, with [-old-]{+new+} markers otherwise.")]
    Diff(DiffArgs),
    /// Bring a claims file up to date with a newer version of its article,
    /// keeping every verdict, source, note and comment of the editors.
    #[command(after_help = "\
Examples:
  claimcheck update claims/2022-03-30-lavrov-wang.yaml article-v2.txt
  claimcheck update claims/a.yaml a-v2.txt --dry-run

The article revision goes up by one. Unchanged claims keep everything.
Changed claims keep their ID, take the new figures, and move the old
values with their verdict, reviewer and review date into `history`; the
verdict becomes needs-recheck. New claims are appended as unreviewed;
claims the article no longer makes stay, marked `removed_in`. Only the
fields the tool owns are rewritten: comments, key order, quoting and
editors' own fields stay as they are. A file the tool cannot rewrite
safely is refused (exit 2) and left alone.")]
    Update(UpdateArgs),
    /// Where the desk stands: every claim of one or many claims files with
    /// its verdict, and a summary; a publishing gate with --fail-on.
    #[command(after_help = "\
Examples:
  claimcheck report claims/
  claimcheck report claims/ --verdict unreviewed,needs-recheck --sort article
  claimcheck report claims/ --format csv > review.csv
  claimcheck report claims/ --format html -o review.html
  claimcheck report claims/ --fail-on unreviewed,needs-recheck   # exit 1 if any

JSON and CSV field names are stable (see README). Removed claims are left
out of the table unless --removed is given; the summary lists them.
Exit codes: 0 shown, 1 a --fail-on verdict is in scope, 2 a path or a
claims file could not be read.")]
    Report(ReportArgs),
    /// Export finished fact-checks for publishing, e.g. as schema.org
    /// ClaimReview JSON-LD.
    #[command(
        subcommand,
        after_help = "\
Examples:
  claimcheck export claimreview claims/ -o site/claimreview.json"
    )]
    Export(ExportFormat),
    /// Print the text claimcheck extracts claims from: for an HTML page, the
    /// story read out of it; claims' `line` numbers count lines of this text.
    #[command(after_help = "\
Examples:
  claimcheck text saved/flood-page.html
  claimcheck text -n saved/flood-page.html | grep 1,200
  claimcheck text examples/articles/2022-03-30-lavrov-wang.txt

For a text or Markdown article this is the file itself (header and front
matter included, so line numbers match); for an HTML page it is the
headline and the story's paragraphs, one per line, without the page's
menus, ads and links to other stories.")]
    Text(TextArgs),
    /// Print a shell completion script (bash, zsh, fish, powershell, elvish).
    #[command(after_help = "\
Examples:
  claimcheck completions bash > ~/.local/share/bash-completion/completions/claimcheck
  claimcheck completions zsh > ~/.zfunc/_claimcheck   # with fpath+=~/.zfunc
  claimcheck completions fish > ~/.config/fish/completions/claimcheck.fish
  claimcheck completions powershell >> $PROFILE")]
    Completions(CompletionsArgs),
    /// Print the manual page (roff) of claimcheck and all its subcommands.
    #[command(after_help = "\
Examples:
  claimcheck man > ~/.local/share/man/man1/claimcheck.1 && man claimcheck
  claimcheck man | man -l -")]
    Man,
}

#[derive(Debug, clap::Args)]
pub struct TextArgs {
    /// The article: plain text, Markdown, or a saved HTML page.
    #[arg(value_hint = ValueHint::FilePath)]
    pub article: PathBuf,
    /// Put each line's number in front of it, as claims' `line` counts.
    #[arg(short = 'n', long)]
    pub line_numbers: bool,
}

#[derive(Debug, clap::Args)]
pub struct CompletionsArgs {
    /// The shell to complete for.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

#[derive(Debug, Subcommand)]
pub enum ExportFormat {
    /// schema.org ClaimReview JSON-LD of every claim with a decided verdict,
    /// for search engines and fact-check aggregators.
    #[command(after_help = "\
Examples:
  claimcheck export claimreview claims/
  claimcheck export claimreview claims/ -o site/claimreview.json

Prints a JSON array, one ClaimReview per decided claim, in file path order
then claim order. The author (desk.name) and the review URL
(desk.url_template, {id} being the claim ID) come from the nearest
claimcheck.toml above each claims file. Claims without a decided verdict,
and claims the article no longer makes, are skipped and counted on stderr.
The output is safe to paste into a <script type=\"application/ld+json\">.
Exit codes: 0 written, 2 a path or desk config could not be read.")]
    Claimreview(ClaimReviewArgs),
}

#[derive(Debug, clap::Args)]
pub struct ClaimReviewArgs {
    /// Claims files, or folders searched recursively for claims files.
    /// Default: the current folder.
    #[arg(value_hint = ValueHint::AnyPath)]
    pub paths: Vec<PathBuf>,
    /// Write the JSON here (replaced atomically) instead of printing it.
    #[arg(short, long, value_hint = ValueHint::FilePath)]
    pub output: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
pub struct ReportArgs {
    /// Claims files, or folders searched recursively. Default: the current folder.
    #[arg(value_hint = ValueHint::AnyPath)]
    pub paths: Vec<PathBuf>,
    /// Only claims with these verdicts (comma-separated).
    #[arg(long, value_delimiter = ',')]
    pub verdict: Vec<String>,
    /// Only claims of these kinds (comma-separated).
    #[arg(long, value_delimiter = ',', value_parser = parse_kind)]
    pub kind: Vec<ClaimKind>,
    /// Only articles whose file, title or claims file contains this text.
    #[arg(long)]
    pub article: Option<String>,
    /// Only claims this person reviewed.
    #[arg(long)]
    pub reviewer: Option<String>,
    /// Only claims reviewed on or after this day (YYYY-MM-DD).
    #[arg(long, value_parser = parse_date)]
    pub since: Option<NaiveDate>,
    /// Also show claims the article no longer makes.
    #[arg(long)]
    pub removed: bool,
    /// Order of the rows.
    #[arg(long, value_enum, default_value_t = SortBy::Article)]
    pub sort: SortBy,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ReportFormat::Table)]
    pub format: ReportFormat,
    /// Exit 1 when a claim in scope has one of these verdicts
    /// (comma-separated), naming them: a publishing gate.
    #[arg(long, value_delimiter = ',')]
    pub fail_on: Vec<String>,
    /// Write the report to this file (atomically) instead of stdout.
    #[arg(short, long, value_hint = ValueHint::FilePath)]
    pub output: Option<PathBuf>,
    /// With --format html: read articles that `article.file` places outside
    /// both the claims file's project (the nearest folder above it holding
    /// .git, or the topmost holding claimcheck.toml) and the current folder,
    /// which are refused otherwise.
    #[arg(long)]
    pub allow_outside: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SortBy {
    Article,
    Id,
    Kind,
    Verdict,
    Reviewed,
    Reviewer,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    Table,
    Markdown,
    Csv,
    Json,
    /// One self-contained page: the articles with their claims highlighted.
    Html,
}

fn parse_kind(s: &str) -> Result<ClaimKind, String> {
    ClaimKind::ALL
        .iter()
        .copied()
        .find(|k| k.name().eq_ignore_ascii_case(s.trim()))
        .ok_or_else(|| {
            let names: Vec<&str> = ClaimKind::ALL.iter().map(|k| k.name()).collect();
            format!("unknown kind `{s}`; kinds are {}", names.join(", "))
        })
}

#[derive(Debug, clap::Args)]
pub struct UpdateArgs {
    /// The claims file, made from an earlier version of the article.
    #[arg(value_hint = ValueHint::FilePath)]
    pub claims: PathBuf,
    /// The newer version of the article.
    #[arg(value_hint = ValueHint::FilePath)]
    pub article: PathBuf,
    /// Publication date (YYYY-MM-DD) of the new version; default: its own
    /// header, else the date the claims file records.
    #[arg(long, value_parser = parse_date)]
    pub published: Option<NaiveDate>,
    /// Print the claim changes and the changes to the file; write nothing.
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, clap::Args)]
pub struct DiffArgs {
    /// The claims file, made from an earlier version of the article.
    #[arg(value_hint = ValueHint::FilePath)]
    pub claims: PathBuf,
    /// The newer version of the article.
    #[arg(value_hint = ValueHint::FilePath)]
    pub article: PathBuf,
    /// Publication date (YYYY-MM-DD) of the new version; default: its own
    /// header, else the date the claims file records.
    #[arg(long, value_parser = parse_date)]
    pub published: Option<NaiveDate>,
    /// Output format: a table with word diffs, or JSON with `unchanged`,
    /// `changed`, `added` and `removed` lists.
    #[arg(long, value_enum, default_value_t = DiffFormat::Text)]
    pub format: DiffFormat,
    /// Exit 1 when anything changed, was added or was removed.
    #[arg(long)]
    pub exit_code: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DiffFormat {
    Text,
    Json,
}

#[derive(Debug, clap::Args)]
pub struct ExtractArgs {
    /// Article files: plain text, text with a `date YYYY-MM-DD` header,
    /// Markdown with YAML front matter, or saved HTML pages. With --into,
    /// also folders, searched recursively for .txt, .md, .html and .htm files.
    #[arg(required = true, value_hint = ValueHint::AnyPath)]
    pub articles: Vec<PathBuf>,
    /// Write the claims file here instead of printing it (one article only; `-` prints it).
    #[arg(short, long, value_hint = ValueHint::FilePath, conflicts_with = "into")]
    pub output: Option<PathBuf>,
    /// Write one claims file per article into this folder, named after the
    /// article (articles found in a folder keep their subfolders), working
    /// on several articles at once. Articles whose claims file is there
    /// already are skipped.
    #[arg(long, value_hint = ValueHint::DirPath)]
    pub into: Option<PathBuf>,
    /// With --into: bring claims files that are there already up to date
    /// with their article, as `claimcheck update` does, instead of skipping.
    #[arg(long, requires = "into")]
    pub update: bool,
    /// Publication date (YYYY-MM-DD); overrides the article's own header.
    #[arg(long, value_parser = parse_date)]
    pub published: Option<NaiveDate>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Yaml)]
    pub format: Format,
}

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// Claims files, or folders searched recursively for *.yaml/*.yml claims
    /// files (other YAML files there are skipped). Default: the current folder.
    #[arg(value_hint = ValueHint::AnyPath)]
    pub paths: Vec<PathBuf>,
    /// Read articles that `article.file` places outside both the claims
    /// file's project (the nearest folder above it holding .git, or the
    /// topmost holding claimcheck.toml) and the current folder, which are
    /// refused otherwise.
    #[arg(long)]
    pub allow_outside: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Yaml,
    Json,
}

#[derive(Debug, clap::Args)]
pub struct ScanArgs {
    /// The text to scan.
    #[arg(required_unless_present = "jsonl")]
    pub text: Option<String>,
    /// Read lines `{"input": "...", "reference": ...}` on stdin and write one
    /// line `{"mentions": [...], "dates": [...]}` per input line; dates are
    /// resolved against the date part of `reference`.
    #[arg(long)]
    pub jsonl: bool,
    /// Publication date (YYYY-MM-DD) that relative dates and weekdays are
    /// resolved against.
    #[arg(long, value_parser = parse_date)]
    pub published: Option<NaiveDate>,
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| format!("`{s}` is not a date; write it as YYYY-MM-DD, e.g. 2022-03-30"))
}
