//! One file per subcommand. Each takes parsed arguments, calls the library
//! and writes the result; none of them parses text itself.

pub mod batch;
pub mod check;
pub mod color;
pub mod completions;
pub mod diff;
pub mod export;
pub mod extract;
pub mod log;
pub mod man;
pub mod report;
pub mod scan;
pub mod schema;
pub mod text;
pub mod update;

/// The file `-o` names, or `None` for stdout: no `-o`, or `-o -` as most
/// command-line tools read it.
fn output_file(output: Option<&std::path::Path>) -> Option<&std::path::Path> {
    output.filter(|o| *o != std::path::Path::new("-"))
}
