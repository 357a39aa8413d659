//! What a set takes from other sets: every name a `use` line picks is a status of its source,
//! given one retry class, and no status of the set reuses a code or name of a set it picks
//! from.

use crate::ast::Entry;
use crate::case;
use crate::errors::Errors;
use crate::model::{self, Lowered, Lowering, Origin, Source};
use std::collections::HashSet;

pub fn check(sources: &[Source], lowering: &Lowering, errors: &mut Errors) {
    for (source, name) in &lowering.unknown {
        let Some(source) = sources.get(*source) else {
            continue;
        };
        let text = case::text(name);
        let suggestion = closest(source, &text)
            .map(|closest| format!("; did you mean `{closest}`?"))
            .unwrap_or_default();
        errors.at(
            name,
            format!(
                "{} has no status named `{text}`{suggestion}",
                source.path.describe()
            ),
        );
    }
    for (retry, name) in &lowering.retry_conflicts {
        errors.at(
            &retry.attr,
            format!(
                "an earlier `use` line gives `{}` another retry class; give each status one",
                case::text(name)
            ),
        );
    }
    check_against_picked_sources(sources, lowering, errors);
}

/// No status of the set shares a code or name with a status of a set it picks from that it
/// does not hold, whatever the origin of either: two statuses of one code (or name) in related
/// sets would make conversions and comparisons between them lie. The statuses the set holds
/// are `check_unique`'s.
fn check_against_picked_sources(sources: &[Source], lowering: &Lowering, errors: &mut Errors) {
    // What the set holds from other sets, once, not once per entry of each source.
    let held: HashSet<model::Identity> = lowering
        .entries
        .iter()
        .filter(|lowered| !matches!(lowered.origin, Origin::Own))
        .map(|lowered| model::identity(lowered.entry))
        .collect();
    let mut picked_from: Vec<usize> = lowering
        .entries
        .iter()
        .filter_map(|lowered| match lowered.origin {
            Origin::Picked { source, .. } => Some(source),
            _ => None,
        })
        .collect();
    picked_from.sort_unstable();
    picked_from.dedup();
    for source in picked_from
        .into_iter()
        .filter_map(|index| sources.get(index))
    {
        let unheld: Vec<&Entry> = source
            .entries()
            .filter(|entry| !held.contains(&model::identity(entry)))
            .collect();
        for lowered in &lowering.entries {
            let clash = Clash {
                sources,
                source,
                lowered,
            };
            if let Ok(code) = lowered.code
                && let Some(other) = unheld
                    .iter()
                    .find(|other| model::code_value(&other.code).ok() == Some(code))
            {
                let what = format!("code {code} is `{}`", other.name);
                clash.report(errors, &lowered.entry.code, &what, "use another code");
            }
            for name in &lowered.names {
                if let Some(other) = unheld
                    .iter()
                    .find(|other| source_names(other).any(|n| n == name.text))
                {
                    let what = format!("`{}` names {} `{}`", name.text, other.code, other.name);
                    clash.report(errors, name.ident, &what, "choose another name");
                }
            }
        }
    }
}

/// An entry of the set against a source it picks from.
struct Clash<'s, 'a> {
    sources: &'s [Source<'a>],
    source: &'s Source<'a>,
    lowered: &'s Lowered<'a>,
}

impl Clash<'_, '_> {
    /// Reports that the entry's code or name is another status's in the source, as `what` says
    /// (`` code 460 is `CLIENT_CLOSED` ``, `` `GONE` names 410 `GONE` ``); `or` is the other fix
    /// of an entry of the set's own.
    fn report(&self, errors: &mut Errors, token: &dyn quote::ToTokens, what: &str, or: &str) {
        let place = self.source.path.describe();
        let agree = "a status is its code, name and origin in every set, so pick from sets that \
                     agree on it";
        let entry = self.lowered.entry;
        match self.lowered.origin {
            Origin::Own => errors.at(
                token,
                format!(
                    "{what} in {place}, which this set picks from; pick it rather than define it \
                     again, or {or}"
                ),
            ),
            Origin::Picked { source, by } => errors.at(
                by,
                format!(
                    "`{by}` picks {} `{}` from {}, but {what} in {place}, which this set also \
                     picks from; {agree}",
                    entry.code,
                    entry.name,
                    self.sources
                        .get(source)
                        .map_or_else(String::new, |s| s.path.describe()),
                ),
            ),
            Origin::Extended { .. } => {
                let base =
                    model::base(self.sources).map_or_else(String::new, |base| base.path.describe());
                errors.at(
                    self.source.path,
                    format!(
                        "this set holds {} `{}` from {base}, which it extends, but {what} in \
                         {place}, which it picks from; {agree}",
                        entry.code, entry.name,
                    ),
                );
            }
        }
    }
}

fn source_names(entry: &Entry) -> impl Iterator<Item = String> + '_ {
    entry.names().map(case::text)
}

/// The source's name or alias nearest to `text`, if one is near enough to be a typo.
fn closest(source: &Source, text: &str) -> Option<String> {
    source
        .entries()
        .flat_map(source_names)
        .map(|name| (case::edit_distance(&name, text), name))
        .filter(|(distance, name)| *distance <= (name.len() / 3).max(2))
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, name)| name)
}
