//! Punctuation marks: what ends a word, and the pairs around titles and
//! quotations, spans the conventions leave as written.

/// Punctuation, Chinese or ASCII: what ends a word.
pub fn is_mark(c: char) -> bool {
    (c.is_ascii_punctuation() && c != '%')
        || "。，、；：？！“”‘’（）《》〈〉【】〔〕「」『』…—～·".contains(c)
}

/// Which characters stand inside a closed pair of 《》, “”, ‘’, 「」, 『』:
/// titles and quotations, someone else's words that the conventions leave
/// as they are. A mark that does not close shelters nothing (the pairs
/// rule reports it).
pub fn sheltered(chars: &[char]) -> Vec<bool> {
    const SHELTERS: [(char, char); 5] = [
        ('《', '》'),
        ('“', '”'),
        ('‘', '’'),
        ('「', '」'),
        ('『', '』'),
    ];
    let mut out = vec![false; chars.len()];
    let mut open: Vec<(usize, char)> = Vec::new();
    for (i, &c) in chars.iter().enumerate() {
        if let Some(&(_, close)) = SHELTERS.iter().find(|(o, _)| *o == c) {
            open.push((i, close));
        } else if let Some(depth) = open.iter().rposition(|&(_, close)| close == c) {
            let start = open[depth].0;
            open.truncate(depth);
            out[start..=i].iter_mut().for_each(|s| *s = true);
        }
    }
    out
}
