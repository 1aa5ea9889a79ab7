"""Character n-gram TF-IDF (moderation.features): the n-grams are char_wb's,
the weights TfidfVectorizer's, whether texts come one at a time or in a batch."""

from collections import Counter

import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer

from moderation.estimators import CharNgramTfidf
from moderation.features import CharNgrams, ngram_hash, ngram_hashes


def char_wb_ngrams(text, low=2, high=5):
    """The n-grams, spelled out: each word padded by a space on each side."""
    found = Counter()
    for word in text.split():
        padded = f" {word} "
        for n in range(low, high + 1):
            for i in range(len(padded) - n + 1):
                found[padded[i:i + n]] += 1
    return found


TEXTS = ["hello world", "a b", "", "you are an idiot!! ok", "x", "日本語 テキスト", "  many   spaces\there ",
         "\ud800 lone surrogate", "emoji 🤬🤬 and 👨‍👩‍👧", "hello hello hello"]


@pytest.mark.parametrize("ngram_range", [(2, 5), (2, 3), (3, 5)])
def test_hashes_are_those_of_every_padded_word_ngram(ngram_range):
    hashes, docs = ngram_hashes(TEXTS, ngram_range)
    for i, text in enumerate(TEXTS):
        expected = Counter({ngram_hash(g): c for g, c in char_wb_ngrams(text, *ngram_range).items()})
        assert Counter(hashes[docs == i].tolist()) == expected, text
        assert Counter(ngram_hashes([text], ngram_range)[0].tolist()) == expected, text


def test_single_characters_are_refused():
    with pytest.raises(ValueError, match="start at 2"):
        ngram_hashes(["abc"], (1, 3))


def test_weights_match_scikit_learns_char_wb_tfidf():
    texts = ["hello world", "you are an idiot!! okay", "hello there world", "hello hello", "world peace now"]
    ours = CharNgramTfidf(min_df=1, max_features=None).fit(texts)
    theirs = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), lowercase=False, sublinear_tf=True).fit(texts)
    names = theirs.get_feature_names_out()
    columns = np.searchsorted(ours.keys_, np.array([ngram_hash(g) for g in names], dtype=np.uint64))
    assert len(ours.keys_) == len(theirs.vocabulary_)
    np.testing.assert_allclose(ours.transform(texts).toarray()[:, columns], theirs.transform(texts).toarray(),
                               atol=1e-6)


def test_rows_batch_and_single_agree():
    model = CharNgramTfidf(min_df=1).fit(TEXTS)
    batch = model.transform(TEXTS)
    for i, text in enumerate(TEXTS):
        single = model.transform([text])
        columns, weights = model.runtime().row(text)
        np.testing.assert_allclose(single.toarray(), batch[i].toarray(), atol=1e-6)
        assert columns.tolist() == single.indices.tolist()
        np.testing.assert_allclose(weights, single.data, atol=1e-6)


def test_runtime_rows_of_a_batch_are_those_of_each_text():
    runtime = CharNgramTfidf(min_df=1).fit(TEXTS[:5]).runtime()
    for (columns, weights), text in zip(runtime.rows(TEXTS), TEXTS):
        single_columns, single_weights = runtime.row(text)
        assert columns.tolist() == single_columns.tolist(), text
        np.testing.assert_allclose(weights, single_weights, atol=1e-9)


def test_vocabulary_keeps_the_most_frequent_ngrams_seen_min_df_times():
    texts = ["aaa bbb", "aaa ccc", "aaa bbb", "zzz"]
    model = CharNgramTfidf(ngram_range=(2, 2), min_df=2, max_features=2).fit(texts)
    # " a", "aa", "a " occur 3, 6, 3 times in 3 texts; " b", "bb", "b " 2, 4, 2 in 2.
    assert sorted(model.keys_.tolist()) == sorted([ngram_hash("aa"), ngram_hash("bb")])


def test_unseen_text_gives_an_empty_row():
    model = CharNgramTfidf(min_df=1).fit(["hello world"])
    assert model.transform(["zzzz qqqq"]).nnz == 0
    columns, weights = model.runtime().row("")
    assert len(columns) == len(weights) == 0


@pytest.mark.parametrize("size", [1, 2, 3, 17, 1000])
def test_table_look_up_is_binary_search(size):
    """Every key is found at its column and no other hash is, whether the
    key kept its table slot or lost it to another (and is searched); also
    keys at both ends of the range."""
    rng = np.random.default_rng(size)
    keys = np.unique(np.concatenate([rng.integers(0, 2**64 - 1, size, dtype=np.uint64, endpoint=True),
                                     np.array([0, 2**64 - 1], dtype=np.uint64)]))
    chars = CharNgrams(keys, rng.integers(1, 4, len(keys)).astype(np.float64))
    queries = np.concatenate([keys, rng.integers(0, 2**64 - 1, 500, dtype=np.uint64, endpoint=True),
                              np.array([1, 2**64 - 2], dtype=np.uint64)])
    at = np.minimum(np.searchsorted(keys, queries), len(keys) - 1)
    np.testing.assert_array_equal(chars.columns(queries), np.where(keys[at] == queries, at, -1))
