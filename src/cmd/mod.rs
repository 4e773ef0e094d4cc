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
