//! The expansion of a rejected input: the rows that can still be emitted, so the user sees the
//! real errors and not a cascade of "no variant named ..." after them.

use crate::model::{self, Lowered, Row};
use std::collections::HashSet;

/// Rows with a unique variant each; an entry whose code is invalid or taken gets a free one,
/// which is never compiled into a program since the invocation has already failed.
pub fn rows<'a>(lowered: &'a [Lowered<'a>]) -> Vec<Row<'a>> {
    let mut variants = HashSet::new();
    let mut codes = HashSet::new();
    let mut rows = Vec::new();
    let mut misplaced = Vec::new();
    for entry in lowered {
        let Some(mut row) = Row::new(entry, 0) else {
            continue;
        };
        if !variants.insert(row.variant.to_string()) {
            continue;
        }
        row.aliases
            .retain(|(_, variant)| variants.insert(variant.to_string()));
        match &entry.code {
            Ok(code) if codes.insert(*code) => {
                row.code = *code;
                rows.push(row);
            }
            _ => misplaced.push(row),
        }
    }
    let mut free = model::CODES.filter(|code| !codes.contains(code));
    for mut row in misplaced {
        let Some(code) = free.next() else { break };
        row.code = code;
        rows.push(row);
    }
    rows.sort_by_key(|row| row.code);
    rows
}
