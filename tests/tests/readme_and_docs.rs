//! The README renders as intended on the registry page, and code in docs fits the rendered
//! width.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

fn read(path: &str) -> String {
    std::fs::read_to_string(format!("{}/../{path}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

/// GitHub-flavoured Markdown as crates.io renders it: CommonMark with tables.
fn events(markdown: &str) -> Vec<Event<'_>> {
    Parser::new_ext(
        markdown,
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH,
    )
    .collect()
}

#[test]
fn every_table_row_of_the_readme_renders_in_a_table() {
    let readme = read("README.md");
    let mut in_table = false;
    let mut rows = 0;
    for event in events(&readme) {
        match event {
            Event::Start(Tag::Table(_)) => in_table = true,
            Event::End(TagEnd::Table) => in_table = false,
            Event::End(TagEnd::TableRow | TagEnd::TableHead) => rows += 1,
            Event::Text(text) if !in_table => {
                assert!(
                    !text.trim_start().starts_with('|'),
                    "a row outside a table: {text}"
                );
                assert!(
                    !text.contains("\\|"),
                    "an escaped pipe outside a table: {text}"
                );
            }
            _ => {}
        }
    }
    let source_rows = readme
        .lines()
        .filter(|line| line.starts_with('|') && !line.starts_with("|-") && !line.starts_with("|:"))
        .count();
    assert_eq!(rows, source_rows, "every `|` line is a table row");
}

#[test]
fn every_readme_code_block_is_closed_and_every_link_works_from_the_registry() {
    let readme = read("README.md");
    let mut blocks = 0;
    for event in events(&readme) {
        match event {
            Event::Start(Tag::CodeBlock(_)) => blocks += 1,
            Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) => {
                // The registry page has no files beside it: links must be absolute.
                assert!(
                    dest_url.starts_with("https://"),
                    "relative link: {dest_url}"
                );
            }
            Event::Text(text) => assert!(!text.contains("```"), "an unclosed fence: {text}"),
            _ => {}
        }
    }
    assert_eq!(
        blocks * 2,
        readme.lines().filter(|l| l.starts_with("```")).count()
    );
}

/// Lines of code in docs, with where they are.
fn code_lines(path: &str, source: &str) -> Vec<(String, String)> {
    let mut lines = Vec::new();
    let mut in_code = false;
    for (number, line) in source.lines().enumerate() {
        let text = if path.ends_with(".md") {
            Some(line)
        } else {
            let trimmed = line.trim_start();
            trimmed
                .strip_prefix("///")
                .or_else(|| trimmed.strip_prefix("//!"))
                .map(|doc| doc.strip_prefix(' ').unwrap_or(doc))
        };
        let Some(text) = text else { continue };
        if text.trim_start().starts_with("```") {
            in_code = !in_code;
        } else if in_code {
            lines.push((format!("{path}:{}", number + 1), text.to_owned()));
        }
    }
    lines
}

fn rust_files(dir: &str, files: &mut Vec<String>) {
    let full = format!("{}/../{dir}", env!("CARGO_MANIFEST_DIR"));
    for entry in std::fs::read_dir(full).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        let path = format!("{dir}/{name}");
        if name.ends_with(".rs") {
            files.push(path);
        } else if !name.contains('.') {
            rust_files(&path, files);
        }
    }
}

#[test]
fn code_in_docs_fits_in_100_columns() {
    let mut files = vec![
        "README.md".to_owned(),
        "status/docs/serving.md".to_owned(),
        "status/docs/status_codes.md".to_owned(),
        "status/docs/into_problem.md".to_owned(),
    ];
    rust_files("status/src", &mut files);
    rust_files("examples/src", &mut files);
    let mut checked = 0;
    for path in files {
        for (place, line) in code_lines(&path, &read(&path)) {
            checked += 1;
            assert!(
                line.chars().count() <= 100,
                "{place} is cut off when rendered: {line}"
            );
        }
    }
    assert!(checked > 100, "only {checked} lines of code found in docs");
}

/// rustdoc appends the docs of a re-exported item to the re-export's: the macro's page would
/// end with whatever the proc-macro crate says of it.
#[test]
fn the_macro_is_documented_by_the_facade_alone() {
    let source = read("status-macros/src/lib.rs");
    let item = source.find("pub fn status_codes").unwrap();
    let before = &source[..item];
    let attributes = &before[before.rfind("\n\n").unwrap()..];
    assert!(
        !attributes.contains("///"),
        "docs on the proc macro: {attributes}"
    );
    assert!(read("status/src/lib.rs").contains("pub use status_macros::status_codes;"));
}
