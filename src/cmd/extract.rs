//! `claimcheck extract`: articles -> claims files.
use anyhow::Result;

use crate::cli::ExtractArgs;

pub fn run(_args: &ExtractArgs) -> Result<()> {
    anyhow::bail!("not yet")
}
