//! Search terms for Chinese text, as Lucene's CJK analyser makes them:
//! overlapping bigrams of Han (and kana, hangul) runs, so that the commonest
//! queries — two-character words such as 卫生, 网格 — are one index lookup,
//! and a one-character query is a prefix lookup. Latin words and numbers are
//! whole lower-case terms. The index finds candidates; [`matches`] confirms
//! each one on the text itself, so results are exact substrings.

use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};

use crate::script::{fullwidth_ascii_alnum, is_cjk, is_han};

/// Characters that make up words in the index: CJK letters (not
/// punctuation), or Latin letters and digits.
fn class(c: char) -> Class {
    if c.is_ascii() {
        return if c.is_ascii_alphanumeric() {
            Class::Latin
        } else {
            Class::Other
        };
    }
    if is_han(c) {
        return Class::Cjk;
    }
    if is_cjk(c) {
        if c.is_alphanumeric() {
            Class::Cjk
        } else {
            Class::Other
        }
    } else if c.is_alphanumeric() {
        Class::Latin
    } else {
        Class::Other
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    Cjk,
    Latin,
    Other,
}

/// Text as searched: full-width letters and digits folded to ASCII, ASCII
/// lower-cased, white space removed.
pub fn normalize(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| fullwidth_ascii_alnum(c).unwrap_or(c).to_ascii_lowercase())
        .collect()
}

/// Runs of one class in normalised text.
fn runs(text: &str) -> impl Iterator<Item = (Class, Vec<char>)> + '_ {
    let mut chars = text.chars().peekable();
    std::iter::from_fn(move || {
        loop {
            let c = chars.next()?;
            let k = class(c);
            if k == Class::Other {
                continue;
            }
            let mut run = vec![c];
            while let Some(&n) = chars.peek() {
                if class(n) != k {
                    break;
                }
                run.push(n);
                chars.next();
            }
            return Some((k, run));
        }
    })
}

/// A multiplicative hash for the bigram keys: they are already well spread,
/// and the default SipHash was most of the cost of indexing.
#[derive(Default)]
struct PairHasher(u64);

impl Hasher for PairHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(u64::from(b));
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0 ^ n)
            .wrapping_mul(0x9E37_79B9_7F4A_7C15)
            .rotate_left(29);
    }
}

/// Two characters as one key; the second is 0 for a lone character.
fn pair(a: char, b: char) -> u64 {
    (u64::from(a) << 21) | u64::from(b)
}

/// The distinct index terms of `parts`, space-separated, for the FTS5
/// `ascii` tokenizer (which splits only at ASCII punctuation and spaces).
pub fn index_terms<'a>(parts: impl IntoIterator<Item = &'a str>) -> String {
    let mut seen: HashSet<u64, BuildHasherDefault<PairHasher>> = HashSet::default();
    let mut words: HashSet<String> = HashSet::new();
    let mut out = String::new();
    for part in parts {
        for (class, run) in runs(&normalize(part)) {
            match class {
                Class::Cjk => {
                    for w in run.windows(2) {
                        if seen.insert(pair(w[0], w[1])) {
                            out.extend([w[0], w[1], ' ']);
                        }
                    }
                    // The last character starts no bigram; index it alone so
                    // that a one-character prefix query still finds it.
                    if let Some(&last) = run.last()
                        && seen.insert(pair(last, '\0'))
                    {
                        out.extend([last, ' ']);
                    }
                }
                Class::Latin => {
                    let word: String = run.iter().collect();
                    if !words.contains(&word) {
                        out.push_str(&word);
                        out.push(' ');
                        words.insert(word);
                    }
                }
                Class::Other => {}
            }
        }
    }
    out
}

/// The FTS5 MATCH expression for a query, or `None` when it holds nothing
/// the index can look up (only punctuation, say).
pub fn match_expression(query: &str) -> Option<String> {
    let mut terms: Vec<String> = Vec::new();
    for word in query.split_whitespace() {
        for (class, run) in runs(&normalize(word)) {
            match (class, run.len()) {
                (Class::Cjk, 1) => terms.push(format!("\"{}\"*", run[0])),
                (Class::Cjk, _) => {
                    terms.extend(run.windows(2).map(|p| format!("\"{}{}\"", p[0], p[1])));
                }
                // A Latin word may be the start of a longer one.
                (Class::Latin, _) => terms.push(format!("\"{}\"*", run.iter().collect::<String>())),
                (Class::Other, _) => {}
            }
        }
    }
    terms.dedup();
    (!terms.is_empty()).then(|| terms.join(" AND "))
}

/// Whether every word of `query` occurs in `text` (both normalised).
pub fn matches(text: &str, query: &str) -> bool {
    let text = normalize(text);
    query
        .split_whitespace()
        .all(|w| text.contains(&normalize(w)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(s: &str) -> Vec<String> {
        index_terms([s])
            .split_whitespace()
            .map(String::from)
            .collect()
    }

    #[test]
    fn bigrams_with_a_trailing_single_and_words() {
        assert_eq!(terms("卫生环境"), ["卫生", "生环", "环境", "境"]);
        assert_eq!(
            terms("开通12345热线，GDP"),
            ["开通", "通", "12345", "热线", "线", "gdp"]
        );
        assert_eq!(terms("卫生卫生"), ["卫生", "生卫", "生"], "each term once");
        assert_eq!(terms("“网格”"), ["网格", "格"]);
        assert_eq!(terms("１２３ＡＢ"), ["123ab"]);
        assert!(terms("。，！").is_empty());
    }

    #[test]
    fn queries() {
        assert_eq!(match_expression("卫生").as_deref(), Some("\"卫生\""));
        assert_eq!(match_expression("卫").as_deref(), Some("\"卫\"*"));
        assert_eq!(
            match_expression("卫生环境").as_deref(),
            Some("\"卫生\" AND \"生环\" AND \"环境\"")
        );
        assert_eq!(
            match_expression("12345热线").as_deref(),
            Some("\"12345\"* AND \"热线\"")
        );
        assert_eq!(
            match_expression("网格 GDP").as_deref(),
            Some("\"网格\" AND \"gdp\"*")
        );
        assert_eq!(match_expression("，。"), None);
        assert_eq!(match_expression("   "), None);
        assert_eq!(
            match_expression("\"卫生\" OR x").as_deref(),
            Some("\"卫生\" AND \"or\"* AND \"x\"*")
        );
    }

    #[test]
    fn confirmation_is_exact_and_ignores_spacing() {
        assert!(matches("一级网格 1 个", "网格1个"));
        assert!(matches("加强GDP统计", "gdp"));
        assert!(matches("卫生城市", "卫生 城市"));
        assert!(!matches("卫星生活", "卫生"));
    }
}
