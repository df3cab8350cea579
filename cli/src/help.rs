//! Help text from the spec's Markdown: rendered as plain text, with no sentence said twice.

/// Markdown as plain text: emphasis and code marks dropped, links as `text (url)`, headings and
/// list markers kept as text, paragraphs kept.
pub fn plain(markdown: &str) -> String {
    let mut out = String::new();
    let mut chars = markdown.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '*' | '`' => {}
            '_' if out.is_empty() || out.ends_with([' ', '\n', '(']) => {}
            '_' if chars.peek().is_none_or(|n| !n.is_alphanumeric()) => {}
            '[' => {
                let text: String = chars.by_ref().take_while(|c| *c != ']').collect();
                if chars.peek() == Some(&'(') {
                    chars.next();
                    let url: String = chars.by_ref().take_while(|c| *c != ')').collect();
                    out.push_str(&format!("{text} ({url})"));
                } else {
                    out.push('[');
                    out.push_str(&text);
                    out.push(']');
                }
            }
            c => out.push(c),
        }
    }
    out.lines()
        .map(|l| l.trim_start_matches('#').trim_end())
        .map(str::trim_start)
        .collect::<Vec<_>>()
        .join("\n")
        .trim()
        .to_owned()
}

/// Joins paragraphs, leaving out every sentence that an earlier paragraph already said (the
/// summary repeated as the description's first sentence, a scope named twice).
pub fn without_repeats(paragraphs: &[String]) -> String {
    let mut said: Vec<String> = Vec::new();
    let mut kept = Vec::new();
    for paragraph in paragraphs {
        let mut lines = Vec::new();
        for line in paragraph.lines() {
            let mut sentences = Vec::new();
            for sentence in sentences_of(line) {
                let key = normalize(sentence);
                if key.is_empty() || !said.contains(&key) {
                    said.push(key);
                    sentences.push(sentence.trim());
                }
            }
            if !sentences.is_empty() || line.trim().is_empty() {
                lines.push(sentences.join(" "));
            }
        }
        let text = lines.join("\n").trim().to_owned();
        if !text.is_empty() {
            kept.push(text);
        }
    }
    kept.join("\n\n")
}

/// The sentences of a line: split after `.`, `!` or `?` followed by a space.
fn sentences_of(line: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = line.as_bytes();
    for (i, b) in bytes.iter().enumerate() {
        if matches!(b, b'.' | b'!' | b'?') && bytes.get(i + 1) == Some(&b' ') {
            out.push(&line[start..=i]);
            start = i + 1;
        }
    }
    out.push(&line[start..]);
    out.into_iter().filter(|s| !s.trim().is_empty()).collect()
}

fn normalize(sentence: &str) -> String {
    sentence
        .trim()
        .trim_end_matches(['.', '!', '?', ':'])
        .to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_becomes_plain_text() {
        assert_eq!(
            plain("The key is returned **exactly once**: see `key` and [docs](https://x.y/z)."),
            "The key is returned exactly once: see key and docs (https://x.y/z)."
        );
        assert_eq!(
            plain("## Paging\n\n- _one_\n- two"),
            "Paging\n\n- one\n- two"
        );
        assert_eq!(plain("snake_case stays"), "snake_case stays");
    }

    #[test]
    fn no_sentence_is_said_twice() {
        let text = without_repeats(&[
            "Get a candidate".into(),
            "Get a candidate. Requires candidates:read.".into(),
            "Requires candidates:read.".into(),
        ]);
        assert_eq!(text, "Get a candidate\n\nRequires candidates:read.");
    }
}
