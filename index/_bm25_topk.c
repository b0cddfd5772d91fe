/*
 * Exact BM25 top-k over precomputed postings, with MaxScore pruning, and vocabulary look-up.
 *
 * The arrays come from index/engine.py (numpy arrays passed through the buffer protocol). A posting's
 * contribution to a query is  weight * (idf * (tf * (k1 + 1) / (tf + norm[row])))  and a row's score is the
 * sum of its contributions in query order: the same floating-point operations, in the same order, as
 * rank-bm25's BM25Okapi.get_scores, so scores and ties agree with it exactly. Build with -ffp-contract=off.
 *
 * MaxScore (Turtle and Flood): query terms are sorted by their largest possible contribution; while the
 * k-th best score is above the sum of the smallest bounds, rows that contain only those terms cannot enter
 * the top k and are never visited; those terms are only looked up (by galloping search) for rows that still
 * can. Rows are visited in increasing order, so a row that ties the k-th score never displaces it: ties keep
 * row order, as a stable sort of rank-bm25's scores does.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    double score;
    int64_t row;
} Entry;

typedef struct {
    const uint32_t *rows;
    const void *tf;
    int64_t length;
    int64_t cursor;
    double idf;
    double weight;
    double bound;
    int64_t dense;
    int position; /* place in the query, for summing in query order */
    int wide;     /* term frequencies are uint32 (else uint16) */
} Term;

static inline double tf_at(const Term *term, int64_t i) {
    return term->wide ? (double)((const uint32_t *)term->tf)[i] : (double)((const uint16_t *)term->tf)[i];
}

/* true when a ranks below b: a lower score, or the same score and a later row */
static inline int worse(const Entry *a, const Entry *b) {
    return a->score < b->score || (a->score == b->score && a->row > b->row);
}

static void sift_down(Entry *heap, int64_t size, int64_t i) {
    for (;;) {
        int64_t left = 2 * i + 1, right = left + 1, low = i;
        if (left < size && worse(&heap[left], &heap[low])) low = left;
        if (right < size && worse(&heap[right], &heap[low])) low = right;
        if (low == i) return;
        Entry tmp = heap[i];
        heap[i] = heap[low];
        heap[low] = tmp;
        i = low;
    }
}

static void sift_up(Entry *heap, int64_t i) {
    while (i > 0) {
        int64_t parent = (i - 1) / 2;
        if (!worse(&heap[i], &heap[parent])) return;
        Entry tmp = heap[i];
        heap[i] = heap[parent];
        heap[parent] = tmp;
        i = parent;
    }
}

/* first index >= from whose row is >= target (galloping, then binary search) */
static int64_t advance(const uint32_t *rows, int64_t length, int64_t from, uint32_t target) {
    if (from >= length || rows[from] >= target) return from;
    int64_t step = 1, low = from, high = from + 1;
    while (high < length && rows[high] < target) {
        low = high;
        step <<= 1;
        high = from + step;
    }
    if (high > length) high = length;
    /* rows[low] < target, answer in (low, high] */
    while (low + 1 < high) {
        int64_t mid = low + (high - low) / 2;
        if (rows[mid] < target) low = mid; else high = mid;
    }
    return high;
}

static int cmp_bound(const void *a, const void *b) {
    const Term *x = (const Term *)a, *y = (const Term *)b;
    if (x->bound < y->bound) return -1;
    if (x->bound > y->bound) return 1;
    return x->position - y->position;
}

static int64_t count_matched(Term *terms, int count, int64_t n_rows, const uint64_t *dense_bits, int64_t words) {
    if (count == 1) {
        for (int64_t i = 0; i < terms[0].length; i++)
            if ((int64_t)terms[0].rows[i] >= n_rows) return -2;
        return terms[0].length;
    }
    uint64_t *bits = calloc((size_t)words ? (size_t)words : 1, sizeof(uint64_t));
    if (!bits) return -1;
    for (int t = 0; t < count; t++) {
        if (terms[t].dense >= 0) {
            const uint64_t *src = dense_bits + terms[t].dense * words;
            for (int64_t w = 0; w < words; w++) bits[w] |= src[w];
        } else {
            const uint32_t *rows = terms[t].rows;
            for (int64_t i = 0; i < terms[t].length; i++) {
                if ((int64_t)rows[i] >= n_rows) {
                    free(bits);
                    return -2; /* a row id past the last row: damaged arrays */
                }
                bits[rows[i] >> 6] |= (uint64_t)1 << (rows[i] & 63);
            }
        }
    }
    int64_t total = 0;
    for (int64_t w = 0; w < words; w++) total += __builtin_popcountll(bits[w]);
    free(bits);
    return total;
}

static PyObject *top_k(PyObject *self, PyObject *args) {
    Py_buffer rows_buf, tf_buf, norms_buf, starts_buf, ends_buf, idf_buf, weight_buf, bound_buf, dense_buf,
        slot_buf;
    Py_ssize_t k, n_rows, words;
    double k1;
    int wide;
    if (!PyArg_ParseTuple(args, "y*y*py*y*y*y*y*y*y*y*nndn", &rows_buf, &tf_buf, &wide, &norms_buf, &starts_buf,
                          &ends_buf, &idf_buf, &weight_buf, &bound_buf, &slot_buf, &dense_buf, &k, &n_rows, &k1,
                          &words))
        return NULL;
    PyObject *result = NULL;
    Term *terms = NULL;
    Entry *heap = NULL;
    double *contrib = NULL;
    double *upper = NULL;
    int count = (int)(starts_buf.len / (Py_ssize_t)sizeof(int64_t));
    const int64_t *starts = starts_buf.buf, *ends = ends_buf.buf, *slots = slot_buf.buf;
    const double *idfs = idf_buf.buf, *weights = weight_buf.buf, *bounds = bound_buf.buf;
    const uint32_t *all_rows = rows_buf.buf;
    const double *norms = norms_buf.buf;
    const char *tf_base = tf_buf.buf;
    int64_t matched = 0, size = 0;
    size_t tf_size = wide ? 4 : 2;
    double k1p = k1 + 1.0;

    /* Never trust the arrays: every offset, slot and row id is checked against the buffers' real sizes, so
     * that damaged arrays give an error instead of reading outside them. */
    int64_t n_postings = (int64_t)(rows_buf.len / (Py_ssize_t)sizeof(uint32_t));
    int64_t dense_rows = words > 0 ? (int64_t)(dense_buf.len / ((Py_ssize_t)sizeof(uint64_t) * words)) : 0;
    const char *damage = NULL;
    if (ends_buf.len != starts_buf.len || idf_buf.len < count * (Py_ssize_t)sizeof(double) ||
        weight_buf.len < count * (Py_ssize_t)sizeof(double) || bound_buf.len < count * (Py_ssize_t)sizeof(double) ||
        slot_buf.len < count * (Py_ssize_t)sizeof(int64_t))
        damage = "query arrays of different lengths";
    else if (n_rows < 0 || norms_buf.len < n_rows * (Py_ssize_t)sizeof(double) || words != (n_rows + 63) / 64 ||
             tf_buf.len < n_postings * (Py_ssize_t)tf_size || n_rows > (Py_ssize_t)UINT32_MAX)
        damage = "row arrays do not fit together";
    for (int t = 0; t < count && !damage; t++) {
        if (starts[t] < 0 || ends[t] < starts[t] || ends[t] > n_postings) damage = "posting offsets out of range";
        else if (slots[t] < -1 || slots[t] >= dense_rows) damage = "dense slot out of range";
    }
    if (damage) {
        PyErr_Format(PyExc_ValueError, "damaged index arrays: %s", damage);
        goto release;
    }

    terms = calloc(count ? count : 1, sizeof(Term));
    contrib = calloc(count ? count : 1, sizeof(double));
    upper = calloc(count + 1, sizeof(double));
    heap = calloc(k > 0 ? k : 1, sizeof(Entry));
    if (!terms || !contrib || !upper || !heap) {
        PyErr_NoMemory();
        goto done;
    }
    for (int t = 0; t < count; t++) {
        terms[t].rows = all_rows + starts[t];
        terms[t].tf = tf_base + starts[t] * tf_size;
        terms[t].length = ends[t] - starts[t];
        terms[t].cursor = 0;
        terms[t].idf = idfs[t];
        terms[t].weight = weights[t];
        terms[t].bound = bounds[t];
        terms[t].dense = slots[t];
        terms[t].position = t;
        terms[t].wide = wide;
    }

    Py_BEGIN_ALLOW_THREADS
    matched = count ? count_matched(terms, count, n_rows, (const uint64_t *)dense_buf.buf, words) : 0;
    if (k > 0 && count > 0 && matched >= 0) {
        qsort(terms, count, sizeof(Term), cmp_bound);
        /* upper[i] = sum of the bounds of terms[0..i-1]: the most rows holding only those terms can score */
        upper[0] = 0.0;
        for (int t = 0; t < count; t++) upper[t + 1] = upper[t] + terms[t].bound;
        int lazy = 0; /* terms[0..lazy-1] are only looked up, never walked */
        double threshold = 0.0, slack = 0.0;
        int full = 0;
        for (;;) {
            uint32_t row = UINT32_MAX;
            int any = 0;
            for (int t = lazy; t < count; t++) {
                if (terms[t].cursor < terms[t].length) {
                    uint32_t r = terms[t].rows[terms[t].cursor];
                    if (!any || r < row) row = r;
                    any = 1;
                }
            }
            if (!any) break;
            if ((int64_t)row >= n_rows) {
                matched = -2;
                break;
            }
            double partial = 0.0;
            for (int t = 0; t < count; t++) contrib[t] = 0.0;
            double norm = norms[row];
            for (int t = lazy; t < count; t++) {
                Term *term = &terms[t];
                if (term->cursor < term->length && term->rows[term->cursor] == row) {
                    double tf = tf_at(term, term->cursor);
                    double c = term->weight * (term->idf * (tf * k1p / (tf + norm)));
                    contrib[term->position] = c;
                    partial += c;
                    term->cursor++;
                }
            }
            int hopeless = 0;
            for (int t = lazy - 1; t >= 0; t--) {
                if (full && partial + upper[t + 1] < threshold - slack) {
                    hopeless = 1;
                    break;
                }
                Term *term = &terms[t];
                term->cursor = advance(term->rows, term->length, term->cursor, row);
                if (term->cursor < term->length && term->rows[term->cursor] == row) {
                    double tf = tf_at(term, term->cursor);
                    double c = term->weight * (term->idf * (tf * k1p / (tf + norm)));
                    contrib[term->position] = c;
                    partial += c;
                }
            }
            if (hopeless) continue;
            double score = 0.0;
            for (int q = 0; q < count; q++) score += contrib[q];
            Entry entry = {score, (int64_t)row};
            if (size < k) {
                heap[size] = entry;
                sift_up(heap, size);
                size++;
                if (size < k) continue;
                full = 1;
            } else if (worse(&heap[0], &entry)) {
                heap[0] = entry;
                sift_down(heap, size, 0);
            } else {
                continue;
            }
            threshold = heap[0].score;
            slack = 1e-9 * (1.0 + (threshold < 0 ? -threshold : threshold));
            while (lazy < count && upper[lazy + 1] < threshold - slack) lazy++;
        }
    }
    Py_END_ALLOW_THREADS

    if (matched == -2) {
        PyErr_SetString(PyExc_ValueError, "damaged index arrays: a row id past the last row");
        goto done;
    }
    if (matched < 0) {
        PyErr_NoMemory();
        goto done;
    }
    /* best first: repeatedly take the worst off the heap into the back of the list */
    PyObject *ranked = PyList_New(size);
    if (!ranked) goto done;
    for (int64_t i = size - 1; i >= 0; i--) {
        Entry worst = heap[0];
        heap[0] = heap[i];
        sift_down(heap, i, 0);
        PyObject *pair = Py_BuildValue("(Ld)", (long long)worst.row, worst.score);
        if (!pair) {
            Py_DECREF(ranked);
            goto done;
        }
        PyList_SET_ITEM(ranked, i, pair);
    }
    result = Py_BuildValue("(NL)", ranked, (long long)matched);

done:
    free(terms);
    free(contrib);
    free(upper);
    free(heap);
release:
    PyBuffer_Release(&rows_buf);
    PyBuffer_Release(&tf_buf);
    PyBuffer_Release(&norms_buf);
    PyBuffer_Release(&starts_buf);
    PyBuffer_Release(&ends_buf);
    PyBuffer_Release(&idf_buf);
    PyBuffer_Release(&weight_buf);
    PyBuffer_Release(&bound_buf);
    PyBuffer_Release(&slot_buf);
    PyBuffer_Release(&dense_buf);
    return result;
}

/* the id of a term in a sorted vocabulary (UTF-8 bytes with offsets), or -1 */
static PyObject *lookup(PyObject *self, PyObject *args) {
    Py_buffer blob_buf, offsets_buf, term_buf;
    if (!PyArg_ParseTuple(args, "y*y*y*", &blob_buf, &offsets_buf, &term_buf)) return NULL;
    const char *blob = blob_buf.buf, *term = term_buf.buf;
    const int64_t *offsets = offsets_buf.buf;
    int64_t low = 0, high = (int64_t)(offsets_buf.len / (Py_ssize_t)sizeof(int64_t)) - 1, found = -1;
    size_t length = (size_t)term_buf.len;
    int64_t blob_size = (int64_t)blob_buf.len;
    int damaged = 0;
    while (low < high) {
        int64_t mid = low + (high - low) / 2;
        if (offsets[mid] < 0 || offsets[mid + 1] < offsets[mid] || offsets[mid + 1] > blob_size) {
            damaged = 1; /* never read outside the vocabulary */
            break;
        }
        size_t size = (size_t)(offsets[mid + 1] - offsets[mid]);
        int order = memcmp(blob + offsets[mid], term, size < length ? size : length);
        if (order == 0) order = size < length ? -1 : (size > length ? 1 : 0);
        if (order == 0) {
            found = mid;
            break;
        }
        if (order < 0) low = mid + 1; else high = mid;
    }
    PyBuffer_Release(&blob_buf);
    PyBuffer_Release(&offsets_buf);
    PyBuffer_Release(&term_buf);
    if (damaged) {
        PyErr_SetString(PyExc_ValueError, "damaged index arrays: vocabulary offsets out of range");
        return NULL;
    }
    return PyLong_FromLongLong((long long)found);
}

/* a stable counting sort: the order of entries by term id (entries of one term keep their order) */
static PyObject *order_by_term(PyObject *self, PyObject *args) {
    Py_buffer terms_buf, out_buf;
    Py_ssize_t n_terms;
    if (!PyArg_ParseTuple(args, "y*w*n", &terms_buf, &out_buf, &n_terms)) return NULL;
    const int64_t *terms = terms_buf.buf;
    int64_t *out = out_buf.buf;
    Py_ssize_t count = terms_buf.len / (Py_ssize_t)sizeof(int64_t);
    PyObject *result = NULL;
    int64_t *next = calloc((size_t)n_terms + 1, sizeof(int64_t));
    if (!next) {
        PyErr_NoMemory();
        goto done;
    }
    if (out_buf.len < terms_buf.len) {
        PyErr_SetString(PyExc_ValueError, "output shorter than input");
        goto done;
    }
    for (Py_ssize_t i = 0; i < count; i++) {
        if (terms[i] < 0 || terms[i] >= n_terms) {
            PyErr_SetString(PyExc_ValueError, "term id out of range");
            goto done;
        }
        next[terms[i] + 1]++;
    }
    for (Py_ssize_t t = 0; t < n_terms; t++) next[t + 1] += next[t];
    for (Py_ssize_t i = 0; i < count; i++) out[next[terms[i]]++] = i;
    result = Py_NewRef(Py_None);
done:
    free(next);
    PyBuffer_Release(&terms_buf);
    PyBuffer_Release(&out_buf);
    return result;
}

/* count each row's terms: distinct terms in order of first occurrence, with their counts */
static PyObject *count_rows(PyObject *self, PyObject *args) {
    Py_buffer ids_buf, lengths_buf, terms_buf, counts_buf, sizes_buf;
    Py_ssize_t n_terms;
    if (!PyArg_ParseTuple(args, "y*y*w*w*w*n", &ids_buf, &lengths_buf, &terms_buf, &counts_buf, &sizes_buf,
                          &n_terms))
        return NULL;
    const int64_t *ids = ids_buf.buf, *lengths = lengths_buf.buf;
    int64_t *terms = terms_buf.buf, *counts = counts_buf.buf, *sizes = sizes_buf.buf;
    Py_ssize_t total = ids_buf.len / (Py_ssize_t)sizeof(int64_t);
    Py_ssize_t rows = lengths_buf.len / (Py_ssize_t)sizeof(int64_t);
    PyObject *result = NULL;
    int64_t *last = malloc(((size_t)n_terms + 1) * sizeof(int64_t));
    int64_t *slot = malloc(((size_t)n_terms + 1) * sizeof(int64_t));
    if (!last || !slot) {
        PyErr_NoMemory();
        goto done;
    }
    if (terms_buf.len < ids_buf.len || counts_buf.len < ids_buf.len || sizes_buf.len < lengths_buf.len) {
        PyErr_SetString(PyExc_ValueError, "output arrays too short");
        goto done;
    }
    for (Py_ssize_t t = 0; t < n_terms; t++) last[t] = -1;
    int64_t at = 0, filled = 0;
    for (Py_ssize_t r = 0; r < rows; r++) {
        int64_t first = filled;
        if (lengths[r] < 0 || at + lengths[r] > total) {
            PyErr_SetString(PyExc_ValueError, "row lengths do not add up to the ids");
            goto done;
        }
        for (int64_t i = 0; i < lengths[r]; i++, at++) {
            int64_t t = ids[at];
            if (t < 0 || t >= n_terms) {
                PyErr_SetString(PyExc_ValueError, "term id out of range");
                goto done;
            }
            if (last[t] != r) {
                last[t] = r;
                slot[t] = filled;
                terms[filled] = t;
                counts[filled] = 1;
                filled++;
            } else {
                counts[slot[t]]++;
            }
        }
        sizes[r] = filled - first;
    }
    result = PyLong_FromLongLong((long long)filled);
done:
    free(last);
    free(slot);
    PyBuffer_Release(&ids_buf);
    PyBuffer_Release(&lengths_buf);
    PyBuffer_Release(&terms_buf);
    PyBuffer_Release(&counts_buf);
    PyBuffer_Release(&sizes_buf);
    return result;
}

static PyMethodDef methods[] = {
    {"count_rows", count_rows, METH_VARARGS,
     "count_rows(ids, lengths, terms_out, counts_out, sizes_out, n_terms) -> entries: each row's distinct terms"},
    {"order_by_term", order_by_term, METH_VARARGS,
     "order_by_term(terms_int64, out_int64, n_terms): out = stable order of entries by term"},
    {"top_k", top_k, METH_VARARGS,
     "top_k(rows, tfs, wide, norms, starts, ends, idfs, weights, bounds, slots, dense, k, n_rows, k1, words)"
     " -> ([(row, score)], matched)"},
    {"lookup", lookup, METH_VARARGS, "lookup(blob, offsets, term_utf8) -> term id or -1"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_bm25_topk", "Exact BM25 top-k with MaxScore pruning.",
                                    -1, methods};

PyMODINIT_FUNC PyInit__bm25_topk(void) { return PyModule_Create(&module); }
