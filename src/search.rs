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

/// Whether `query` looks any word up by prefix alone: a lone Chinese
/// character matches every index term it starts, which the index merges
/// in full before it yields a row, however many rows are asked for.
pub fn looks_up_prefix(query: &str) -> bool {
    query
        .split_whitespace()
        .flat_map(|word| runs(&normalize(word)).collect::<Vec<_>>())
        .any(|(class, run)| class == Class::Cjk && run.len() == 1)
}

/// Whether every word of `query` occurs in `text` (both normalised).
pub fn matches(text: &str, query: &str) -> bool {
    let text = normalize(text);
    query
        .split_whitespace()
        .all(|w| text.contains(&normalize(w)))
}

/// Where the words of `query` occur in `text`, found as `matches` finds
/// them (full-width folded, case and white space ignored): byte ranges of
/// `text`, sorted, overlaps joined — what a search result highlights.
pub fn hits(text: &str, query: &str) -> Vec<std::ops::Range<usize>> {
    // Each searchable character of the text, as searched, with where it is.
    let folded: Vec<(char, std::ops::Range<usize>)> = text
        .char_indices()
        .filter(|(_, c)| !c.is_whitespace())
        .map(|(at, c)| {
            let f = fullwidth_ascii_alnum(c).unwrap_or(c).to_ascii_lowercase();
            (f, at..at + c.len_utf8())
        })
        .collect();
    let mut found: Vec<std::ops::Range<usize>> = Vec::new();
    for word in query.split_whitespace() {
        let word: Vec<char> = normalize(word).chars().collect();
        if word.is_empty() || word.len() > folded.len() {
            continue;
        }
        for start in 0..=folded.len() - word.len() {
            let window = &folded[start..start + word.len()];
            if window.iter().map(|(c, _)| *c).eq(word.iter().copied()) {
                found.push(window[0].1.start..window[word.len() - 1].1.end);
            }
        }
    }
    found.sort_by_key(|r| (r.start, r.end));
    let mut joined: Vec<std::ops::Range<usize>> = Vec::new();
    for r in found {
        match joined.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => joined.push(r),
        }
    }
    joined
}

/// Why a search found an item whose headline does not show it: the
/// paragraph of `body` where the first word of `query` missing from
/// `title` occurs, from a few characters before that word (… when cut
/// there). Empty when the title holds every word.
pub fn excerpt(title: &str, body: &str, query: &str) -> String {
    /// Characters of context kept before the hit: enough to read it by.
    const BEFORE: usize = 6;
    let normal = normalize(title);
    let Some(missing) = query
        .split_whitespace()
        .find(|w| !normal.contains(&normalize(w)))
    else {
        return String::new();
    };
    let Some(hit) = hits(body, missing).into_iter().next() else {
        return String::new();
    };
    let start = body[..hit.start].rfind('\n').map_or(0, |at| at + 1);
    let end = body[hit.start..]
        .find('\n')
        .map_or(body.len(), |at| hit.start + at);
    let lead: Vec<(usize, char)> = body[start..hit.start].char_indices().collect();
    let from = lead.len().saturating_sub(BEFORE);
    // From the start of the clause when it begins within the context.
    let from = lead[from..]
        .iter()
        .rposition(|(_, c)| "，。；：！？、".contains(*c))
        .map_or(from, |p| from + p + 1);
    let cut = lead.get(from).map_or(hit.start, |(at, _)| start + at);
    let ellipsis = if cut > start { "…" } else { "" };
    format!("{ellipsis}{}", &body[cut..end])
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

    #[test]
    #[allow(clippy::single_range_in_vec_init)] // one hit is a list of one range
    fn hits_are_found_where_matches_finds_them() {
        let text = "开通１２３４５热线 GDP 增长，热线";
        let at = |s: &str| text.find(s).unwrap();
        assert_eq!(
            hits(text, "热线"),
            [at("热线 ")..at(" GDP"), at("，") + 3..text.len()]
        );
        assert_eq!(
            hits(text, "12345"),
            [at("１")..at("热线")],
            "full-width digits"
        );
        assert_eq!(
            hits(text, "gdp 开通"),
            [0..at("１"), at("GDP")..at("GDP") + 3]
        );
        assert_eq!(
            hits("热 线", "热线"),
            [0.."热 线".len()],
            "white space between"
        );
        assert_eq!(hits("热线热线", "线热"), [3..9]);
        assert_eq!(hits("热线热线", "热线 线热"), [0..12], "overlaps join");
        assert!(hits("热线", "电话").is_empty());
        for (t, q) in [
            ("开通热线", "热线"),
            ("卫生 环境", "生环"),
            ("ＡＢＣ", "abc"),
        ] {
            assert_eq!(matches(t, q), !hits(t, q).is_empty(), "{t} {q}");
        }
    }

    #[test]
    fn an_excerpt_shows_the_word_the_headline_lacks() {
        let body =
            "第一段没有。\n一是宣传常态化，营造全民参与氛围，组织开展垃圾分类进小区。\n第三段";
        assert_eq!(
            excerpt("推动工作", body, "工作 垃圾"),
            "…组织开展垃圾分类进小区。",
            "from the clause's start"
        );
        assert_eq!(
            excerpt(
                "推动工作",
                "一是宣传常态化营造全民参与氛围组织开展垃圾分类",
                "垃圾"
            ),
            "…氛围组织开展垃圾分类",
            "six characters before"
        );
        assert_eq!(
            excerpt("推动工作", "垃圾分类", "垃圾"),
            "垃圾分类",
            "no cut"
        );
        assert_eq!(
            excerpt("垃圾分类", body, "垃圾"),
            "",
            "the headline shows it"
        );
        assert_eq!(excerpt("推动工作", body, "电话"), "", "not in the body");
    }

    #[test]
    fn a_lone_character_is_looked_up_by_prefix() {
        assert!(looks_up_prefix("网"));
        assert!(looks_up_prefix("卫生 区"));
        assert!(looks_up_prefix("（区）"));
        assert!(!looks_up_prefix("卫生"));
        assert!(!looks_up_prefix("12345 abc"));
        assert!(!looks_up_prefix("，。"));
    }
}
