//! A problem as JSON: `Serialize` writes the members that are set, `Deserialize` reads any
//! object into one, as `Problem`'s docs say; anything else is an error that says so.

use super::Problem;
use crate::Status;
use alloc::borrow::Cow;
use alloc::collections::BTreeMap;
use alloc::string::String;
use core::fmt;
use core::marker::PhantomData;
use serde::de::{MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;

impl<S: Status> Serialize for Problem<S> {
    fn serialize<Z: Serializer>(&self, serializer: Z) -> Result<Z::Ok, Z::Error> {
        let strings = [
            ("type", &self.type_uri),
            ("title", &self.title),
            ("detail", &self.detail),
            ("instance", &self.rare().instance),
        ];
        let code = self.code();
        let count = strings.iter().filter(|(_, value)| value.is_some()).count()
            + usize::from(code.is_some())
            + self.extensions.len()
            + self.ignored().len();
        let mut map = serializer.serialize_map(Some(count))?;
        for (name, value) in &strings[..2] {
            if let Some(value) = value {
                map.serialize_entry(name, value)?;
            }
        }
        if let Some(code) = code {
            map.serialize_entry("status", &code)?;
        }
        for (name, value) in &strings[2..] {
            if let Some(value) = value {
                map.serialize_entry(name, value)?;
            }
        }
        for (name, value) in self.extensions.iter().chain(self.ignored()) {
            map.serialize_entry(name, value)?;
        }
        map.end()
    }
}

impl<'de, S: Status> Deserialize<'de> for Problem<S> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(ProblemVisitor(PhantomData))
    }
}

struct ProblemVisitor<S>(PhantomData<S>);

impl<'de, S: Status> Visitor<'de> for ProblemVisitor<S> {
    type Value = Problem<S>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("RFC 9457 problem details, a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Problem<S>, A::Error> {
        let mut problem = Problem {
            type_uri: None,
            title: None,
            status: None,
            detail: None,
            extensions: BTreeMap::new(),
            rare: None,
        };
        while let Some(name) = map.next_key::<String>()? {
            let value: Value = map.next_value()?;
            // The last of a member written twice counts, whatever the first was.
            if let Some(rare) = &mut problem.rare {
                rare.ignored.remove(&name);
            }
            let text = match name.as_str() {
                "type" => &mut problem.type_uri,
                "title" => &mut problem.title,
                "detail" => &mut problem.detail,
                "instance" => &mut problem.rare_mut().instance,
                "status" => {
                    problem.status = None;
                    if let Some(rare) = &mut problem.rare {
                        rare.other_code = None;
                    }
                    match value.as_u64().and_then(|code| u16::try_from(code).ok()) {
                        Some(code) => match S::try_from(code) {
                            Ok(status) => problem.status = Some(status),
                            Err(_) => problem.rare_mut().other_code = Some(code),
                        },
                        None => {
                            problem.rare_mut().ignored.insert(name, value);
                        }
                    }
                    continue;
                }
                _ => {
                    problem.extensions.insert(name, value);
                    continue;
                }
            };
            *text = None;
            match value {
                Value::String(value) => *text = Some(Cow::Owned(value)),
                value => {
                    problem.rare_mut().ignored.insert(name, value);
                }
            }
        }
        Ok(problem)
    }
}
