//! A day and month without a year, pointed at like a weekday: `next 6th
//! of April`, `last March 3`, `this April 6th`. The pointer settles the
//! year the clause's tense would otherwise pick: `next` is the first such
//! day after publication, `last` the latest before it, `this` the one in
//! the publication year.

use chrono::{Datelike, NaiveDate};

use super::{Ctx, Found, When};

pub(super) fn at(c: &Ctx, i: usize) -> Option<Found> {
    let t = c.t;
    let which = match t.low(i) {
        "next" | "coming" => Which::Next,
        "last" | "past" => Which::Last,
        "this" => Which::This,
        _ => return None,
    };
    if !t.same_run(i + 1) {
        return None;
    }
    let f = super::months::at(c, i + 1)?;
    if f.first != i + 1 || !matches!(f.rule, "day-month" | "month-day") {
        return None;
    }
    let value = match (f.value, c.published) {
        (Some(When::Day(d)), Some(p)) => resolve(p, d.month(), d.day(), which).map(When::Day),
        _ => None,
    };
    Some(Found::new(i, f.last, value, "pointed-day-month"))
}

#[derive(Clone, Copy)]
enum Which {
    Next,
    Last,
    This,
}

/// The `month`/`day` the pointer names; a 29 February looks up to eight
/// years out for a leap year.
fn resolve(p: NaiveDate, month: u32, day: u32, which: Which) -> Option<NaiveDate> {
    let y = p.year();
    let on = |y: i32| NaiveDate::from_ymd_opt(y, month, day);
    match which {
        Which::This => on(y),
        Which::Next => (y..=y + 8).filter_map(on).find(|d| *d > p),
        Which::Last => (y - 8..=y).rev().filter_map(on).find(|d| *d < p),
    }
}
