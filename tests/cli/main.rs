//! Integration tests, in one binary (link time dominates on small machines).

mod bad_input;
mod check;
mod conformance;
mod conformance_dates;
mod diff;
mod extract;
mod quality;
mod report_html;
mod scan;
mod schema;
mod support;
mod update;
mod worked_example;
