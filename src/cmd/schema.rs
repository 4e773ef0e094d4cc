//! `claimcheck schema`: the JSON Schema of the claims file, on stdout.

use std::io::Write;

use anyhow::Result;
use claimcheck::claims::schema;

pub fn run() -> Result<()> {
    let stdout = std::io::stdout();
    let mut lock = stdout.lock();
    lock.write_all(schema::text().as_bytes())?;
    lock.flush()?;
    Ok(())
}
