//! A problem as JSON: `Serialize` writes the members that are set, `Deserialize` reads any
//! object into one or says which member is wrong.

use super::Problem;
use crate::Status;
use alloc::borrow::Cow;
use alloc::collections::BTreeMap;
use alloc::format;
use alloc::string::String;
use core::fmt;
use core::marker::PhantomData;
use serde::de::{self, MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;

impl<S: Status> Serialize for Problem<S> {
    fn serialize<Z: Serializer>(&self, serializer: Z) -> Result<Z::Ok, Z::Error> {
        let strings = [
            ("type", &self.type_uri),
            ("title", &self.title),
            ("detail", &self.detail),
            ("instance", &self.instance),
        ];
        let count = strings.iter().filter(|(_, value)| value.is_some()).count()
            + usize::from(self.status.is_some())
            + self.extensions.len();
        let mut map = serializer.serialize_map(Some(count))?;
        for (name, value) in &strings[..2] {
            if let Some(value) = value {
                map.serialize_entry(name, value)?;
            }
        }
        if let Some(status) = self.status {
            map.serialize_entry("status", &status.code())?;
        }
        for (name, value) in &strings[2..] {
            if let Some(value) = value {
                map.serialize_entry(name, value)?;
            }
        }
        for (name, value) in &self.extensions {
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
            instance: None,
            extensions: BTreeMap::new(),
            headers: alloc::vec::Vec::new(),
        };
        let mut seen = [false; 5];
        while let Some(name) = map.next_key::<String>()? {
            let value: Value = map.next_value()?;
            let (index, text) = match name.as_str() {
                "type" => (0, &mut problem.type_uri),
                "title" => (1, &mut problem.title),
                "detail" => (2, &mut problem.detail),
                "instance" => (3, &mut problem.instance),
                "status" => {
                    if core::mem::replace(&mut seen[4], true) {
                        return Err(duplicate(&name));
                    }
                    problem.status = Some(status(&value)?);
                    continue;
                }
                _ => {
                    problem.extensions.insert(name, value);
                    continue;
                }
            };
            if core::mem::replace(&mut seen[index], true) {
                return Err(duplicate(&name));
            }
            let Value::String(value) = value else {
                return Err(de::Error::custom(format!(
                    "member `{name}` is not a string"
                )));
            };
            *text = Some(Cow::Owned(value));
        }
        Ok(problem)
    }
}

fn duplicate<E: de::Error>(name: &str) -> E {
    E::custom(format!("duplicate member `{name}`"))
}

/// The `status` member: a code of the set.
fn status<S: Status, E: de::Error>(value: &Value) -> Result<S, E> {
    let code = value
        .as_u64()
        .ok_or_else(|| E::custom("member `status` is not an integer"))?;
    u16::try_from(code)
        .ok()
        .and_then(|code| S::try_from(code).ok())
        .ok_or_else(|| E::custom(format!("status {code} is not a code of the set")))
}
