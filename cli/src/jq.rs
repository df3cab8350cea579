//! `--jq EXPR`: a jq filter over the JSON a command prints, run in-process by the jaq crates
//! (no `jq` binary needed). As with `gh --jq`, each result goes on its own line: a string as
//! its text, anything else as compact JSON.

use jaq_core::load::{Arena, File, Loader};
use jaq_core::{Compiler, Ctx, Vars, data, unwrap_valr};
use jaq_json::Val;
use serde_json::Value;

use crate::error::{CliError, CliResult};

/// A compiled filter.
pub struct Filter {
    filter: jaq_core::compile::Filter<jaq_core::Native<data::JustLut<Val>>>,
}

impl Filter {
    /// Compiles `code`, or says in jq's terms what is wrong with it.
    pub fn new(code: &str) -> CliResult<Filter> {
        let refuse = |why: String| CliError::Usage(format!("--jq {code:?}: {why}"));
        let defs = jaq_core::defs()
            .chain(jaq_std::defs())
            .chain(jaq_json::defs());
        let funs = jaq_core::funs()
            .chain(jaq_std::funs())
            .chain(jaq_json::funs());
        let loader = Loader::new(defs);
        let arena = Arena::default();
        let program = File { code, path: () };
        let modules = loader.load(&arena, program).map_err(|errors| {
            let why = errors
                .into_iter()
                .map(|(_, error)| match error {
                    jaq_core::load::Error::Io(e) => e
                        .into_iter()
                        .map(|(path, why)| format!("cannot load {path}: {why}"))
                        .collect::<Vec<_>>()
                        .join("; "),
                    jaq_core::load::Error::Lex(e) => e
                        .into_iter()
                        .map(|(expect, at)| expected(expect.as_str(), at))
                        .collect::<Vec<_>>()
                        .join("; "),
                    jaq_core::load::Error::Parse(e) => e
                        .into_iter()
                        .map(|(expect, at)| expected(expect.as_str(), at))
                        .collect::<Vec<_>>()
                        .join("; "),
                })
                .collect::<Vec<_>>()
                .join("; ");
            refuse(why)
        })?;
        let filter = Compiler::default()
            .with_funs(funs)
            .compile(modules)
            .map_err(|errors| {
                let why = errors
                    .into_iter()
                    .flat_map(|(_, undefined)| undefined)
                    .map(|(name, kind)| format!("unknown {} {name}", kind.as_str()))
                    .collect::<Vec<_>>()
                    .join("; ");
                refuse(why)
            })?;
        Ok(Filter { filter })
    }

    /// Runs the filter on `input`: one output line per result.
    pub fn run(&self, input: &Value) -> CliResult<Vec<String>> {
        let text = serde_json::to_vec(input).unwrap_or_default();
        let input = jaq_json::read::parse_single(&text)
            .map_err(|e| CliError::Other(format!("--jq: cannot read the JSON: {e}")))?;
        let ctx = Ctx::<data::JustLut<Val>>::new(&self.filter.lut, Vars::new([]));
        let mut lines = Vec::new();
        for result in self.filter.id.run((ctx, input)).map(unwrap_valr) {
            let value = result.map_err(|e| CliError::Usage(format!("--jq: {e}")))?;
            lines.push(match &value {
                Val::TStr(text) => String::from_utf8_lossy(text).into_owned(),
                other => other.to_string(),
            });
        }
        Ok(lines)
    }
}

fn expected(what: &str, at: &str) -> String {
    let near: String = at.chars().take(20).collect();
    if near.is_empty() {
        format!("expected {what} at the end")
    } else {
        format!("expected {what} before {near:?}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn strings_print_raw_and_the_rest_as_json() {
        let filter = Filter::new(".data[] | .id, .n").unwrap();
        let lines = filter
            .run(&json!({"data": [{"id": "a", "n": 1}, {"id": "b", "n": {"x": true}}]}))
            .unwrap();
        assert_eq!(lines, ["a", "1", "b", r#"{"x":true}"#]);
        let lengths = Filter::new("[.data[] | select(.n == 1)] | length").unwrap();
        assert_eq!(
            lengths.run(&json!({"data": [{"n": 1}, {"n": 2}]})).unwrap(),
            ["1"]
        );
    }

    #[test]
    fn bad_filters_are_refused_in_jq_terms() {
        let e = Filter::new(".data[").err().unwrap().to_string();
        assert!(e.starts_with("--jq \".data[\": expected"), "{e}");
        let e = Filter::new("nosuchfunction").err().unwrap().to_string();
        assert!(e.contains("unknown filter nosuchfunction"), "{e}");
    }
}
