//! How alike two items are, for spotting a resubmitted or revised item, or
//! the same event reported by two units. Pure.
//!
//! Each item's text becomes the set of its overlapping three-character
//! shingles; two items are compared by the Jaccard similarity of the sets.
//! To find candidates among many items without comparing with each, a
//! MinHash signature of 30 values is cut into 10 bands of 3; items that
//! agree on any whole band are candidates (likely above ~0.46 similarity).

/// Items at least this alike are flagged as near-duplicates.
pub const THRESHOLD: f64 = 0.5;

const HASHES: usize = 30;
const ROWS: usize = 3;
pub const BANDS: usize = HASHES / ROWS;

/// The text compared: headline and body, without white space or
/// punctuation, so that re-punctuated copies still match.
fn letters(text: &str) -> Vec<char> {
    text.chars().filter(|c| c.is_alphanumeric()).collect()
}

fn fnv(data: impl IntoIterator<Item = u32>, seed: u64) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325 ^ seed.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    for x in data {
        for b in x.to_le_bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

/// The shingle hashes of a text, sorted and without repeats: a set that
/// two of can be compared by one merge, with no hashing.
pub fn shingles(text: &str) -> Vec<u64> {
    let chars = letters(text);
    let mut set: Vec<u64> = if chars.len() < 3 {
        chars.iter().map(|&c| fnv([c as u32], 0)).collect()
    } else {
        chars
            .windows(3)
            .map(|w| fnv(w.iter().map(|&c| c as u32), 0))
            .collect()
    };
    set.sort_unstable();
    set.dedup();
    set
}

/// |a ∩ b| / |a ∪ b| of two sets from [`shingles`].
pub fn jaccard(a: &[u64], b: &[u64]) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 0.0;
    }
    let (mut i, mut j, mut common) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    common as f64 / (a.len() + b.len() - common) as f64
}

/// The MinHash signature of a shingle set (empty for an empty set).
pub fn signature(set: &[u64]) -> Vec<u64> {
    if set.is_empty() {
        return Vec::new();
    }
    let salts: Vec<u64> = (0..HASHES).map(|i| fnv([i as u32], 0x6a62)).collect();
    let mut mins = vec![u64::MAX; HASHES];
    for &h in set {
        for (m, salt) in mins.iter_mut().zip(&salts) {
            *m = (*m).min(
                (h ^ salt)
                    .wrapping_mul(0x9E37_79B9_7F4A_7C15)
                    .rotate_left(31),
            );
        }
    }
    mins
}

/// How alike two signatures say their texts are: the share of equal values.
pub fn estimate(a: &[u64], b: &[u64]) -> f64 {
    if a.len() != HASHES || b.len() != HASHES {
        return 0.0;
    }
    a.iter().zip(b).filter(|(x, y)| x == y).count() as f64 / HASHES as f64
}

/// A signature as stored, and back.
pub fn to_bytes(sig: &[u64]) -> Vec<u8> {
    sig.iter().flat_map(|v| v.to_le_bytes()).collect()
}

pub fn from_bytes(bytes: &[u8]) -> Vec<u64> {
    bytes
        .chunks_exact(8)
        .map(|c| u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]))
        .collect()
}

/// The band keys of a signature: items that share a key are candidates.
pub fn band_keys(sig: &[u64]) -> Vec<i64> {
    sig.chunks(ROWS)
        .enumerate()
        .map(|(band, rows)| {
            let words = rows.iter().flat_map(|&m| [m as u32, (m >> 32) as u32]);
            // The band's number is part of the key so bands never collide.
            (fnv(words, band as u64 + 1) >> 1) as i64
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const A: &str = "区生态环境分局多措并举打好蓝天保卫战。一是严控扬尘污染，对全区在建工地实行清单化、动态化管理，开展夜间突击检查15次。二是强化移动源管控，检查车辆460辆次。";

    #[test]
    fn revisions_are_alike_and_different_items_are_not() {
        let revised = A
            .replace("15次", "18次")
            .replace("460辆次", "520辆次")
            .replace("，", ",");
        let other = "区教育局织密织牢秋季开学校园安全防护网。一是开展校园安全大排查，二是强化食品安全管理。";
        let (a, r, o) = (shingles(A), shingles(&revised), shingles(other));
        assert!(jaccard(&a, &r) > 0.7, "{}", jaccard(&a, &r));
        assert!(jaccard(&a, &o) < 0.1, "{}", jaccard(&a, &o));
        assert_eq!(jaccard(&a, &a), 1.0);
        let (sa, sr, so) = (signature(&a), signature(&r), signature(&o));
        assert!(estimate(&sa, &sr) > 0.5 && estimate(&sa, &so) < 0.2);
        assert_eq!(from_bytes(&to_bytes(&sa)), sa);
        let (ka, kr, ko) = (band_keys(&sa), band_keys(&sr), band_keys(&so));
        assert_eq!(ka.len(), BANDS);
        assert!(
            ka.iter().any(|k| kr.contains(k)),
            "a revision shares a band"
        );
        assert!(
            !ka.iter().any(|k| ko.contains(k)),
            "an unrelated item shares none"
        );
    }

    #[test]
    fn short_and_empty_texts() {
        assert!(band_keys(&signature(&shingles(""))).is_empty());
        assert_eq!(shingles("好").len(), 1);
        assert_eq!(jaccard(&shingles(""), &shingles("")), 0.0);
    }
}
