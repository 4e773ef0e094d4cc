//! Integration tests, in one binary (link time dominates on small machines).

mod bad_articles;
mod bad_input;
mod batch;
mod check;
mod claims_input;
mod completions;
mod conformance;
mod conformance_dates;
mod diff;
mod export;
mod extract;
mod extract_props;
mod faults;
mod help;
mod html_input;
mod output_flags;
mod quality;
mod report;
mod report_html;
mod scan;
mod schema;
mod support;
mod update;
mod update_props;
mod worked_example;
mod yaml_props;
