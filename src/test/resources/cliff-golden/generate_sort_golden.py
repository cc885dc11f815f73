#!/usr/bin/python3
"""Regenerate sort-golden.json: how CPython's list.sort orders lists, and which comparisons
it makes, for PythonListSortTest.

    /usr/bin/python3 src/test/resources/cliff-golden/generate_sort_golden.py

Each item is (id, key). "int" cases compare keys as ints (a consistent order with ties);
"scrambled" cases answer a < b from a fixed arbitrary table of ids, an inconsistent relation
under which only the exact sequence of comparisons reproduces CPython's result. The trace is
a hash over every (id a, id b, result) in order.
"""

import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
MODULUS = 2147483647


class Item:
    log = None

    def __init__(self, ident, key, relation):
        self.ident = ident
        self.key = key
        self.relation = relation

    def __lt__(self, other):
        if self.relation == 'int':
            result = self.key < other.key
        else:
            result = (self.ident * 7919 + other.ident * 104729) % 13 < 6
        Item.log.append((self.ident, other.ident, int(result)))
        return result


def run(keys, relation, reverse):
    Item.log = []
    items = [Item(i, k, relation) for i, k in enumerate(keys)]
    items.sort(reverse=reverse)
    trace = 0
    for a, b, r in Item.log:
        trace = (trace * 1000003 + a * 4099 + b * 2 + r) % MODULUS
    return [it.ident for it in items], len(Item.log), trace


def main():
    rng = random.Random(20240301)
    datasets = [
        ('empty', []),
        ('one', [5]),
        ('small-random', [rng.randrange(10) for _ in range(20)]),
        ('under-minrun', [rng.randrange(100) for _ in range(63)]),
        ('random-300', [rng.randrange(50) for _ in range(300)]),
        ('random-2000', [rng.randrange(1000) for _ in range(2000)]),
        ('runs-gallop', sorted(rng.randrange(10000) for _ in range(700))
            + sorted(rng.randrange(10000) for _ in range(900))
            + [rng.randrange(10000) for _ in range(100)]),
        ('interleaved-blocks', [i // 40 * 2 + (i % 2) * 1000 for i in range(1500)]),
        ('descending', list(range(500, 0, -1)) + list(range(200))),
        ('all-equal', [7] * 150),
    ]
    cases = []
    for name, keys in datasets:
        for relation in ('int', 'scrambled'):
            for reverse in (False, True):
                order, count, trace = run(keys, relation, reverse)
                cases.append({'name': '%s-%s%s' % (name, relation, '-reverse' if reverse else ''),
                              'keys': keys, 'relation': relation, 'reverse': reverse,
                              'order': order, 'comparisons': count, 'trace': trace})
    with open(os.path.join(HERE, 'sort-golden.json'), 'w', encoding='utf-8') as f:
        json.dump({'cases': cases}, f, separators=(',', ':'))
        f.write('\n')


if __name__ == '__main__':
    main()
