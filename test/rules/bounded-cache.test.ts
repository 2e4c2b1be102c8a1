import { BoundedCache, ListMemo } from '../../src/rules/bounded-cache';
import { isDigits } from '../../src/rules/validators';

describe('BoundedCache', () => {
  test('keeps answers until it holds max keys, then starts empty', () => {
    const cache = new BoundedCache<string, number>(2);
    expect(cache.set('a', 1)).toBe(1);
    cache.set('b', 2);
    expect([cache.get('a'), cache.get('b'), cache.size]).toEqual([1, 2, 2]);
    cache.set('c', 3);
    expect([cache.get('a'), cache.get('b'), cache.get('c'), cache.size]).toEqual([undefined, undefined, 3, 1]);
  });

  test('an answer of undefined is kept and told apart from no answer', () => {
    const cache = new BoundedCache<string, string | undefined>(10);
    cache.set('leeg', undefined);
    expect([cache.has('leeg'), cache.has('nooit')]).toEqual([true, false]);
  });
});

describe('ListMemo', () => {
  test('tells lists apart by head, length and every value', () => {
    const memo = new ListMemo<string>(100);
    memo.set(1, ['a', 'b'], 'ab');
    memo.set(1, ['a'], 'a');
    memo.set(2, ['a', 'b'], 'ab2');
    memo.set('', [1, undefined, 2], 'getallen');
    expect([memo.get(1, ['a', 'b']), memo.get(1, ['a']), memo.get(2, ['a', 'b']), memo.get(1, []), memo.get(1, ['a', 'b', 'c']), memo.get(1, ['a\u0000b'])]).toEqual(['ab', 'a', 'ab2', undefined, undefined, undefined]);
    expect([memo.get('', [1, undefined, 2]), memo.get('', [1, null, 2]), memo.get('', [1, '', 2])]).toEqual(['getallen', undefined, undefined]);
  });

  test('keeps answers until it holds max lists, then starts empty', () => {
    const memo = new ListMemo<number>(2);
    memo.set('x', ['a'], 1);
    memo.set('x', ['a'], 2);
    memo.set('x', ['b'], 3);
    expect([memo.get('x', ['a']), memo.get('x', ['b'])]).toEqual([2, 3]);
    memo.set('x', ['c'], 4);
    expect([memo.get('x', ['a']), memo.get('x', ['b']), memo.get('x', ['c'])]).toEqual([undefined, undefined, 4]);
  });
});

describe('isDigits', () => {
  test('exactly that many digits and nothing else', () => {
    expect(isDigits('12345678', 8)).toBe(true);
    expect(['1234567', '123456789', '1234567a', ' 2345678', '1234 678', '１２３４５６７８'].map((t) => isDigits(t, 8))).toEqual([false, false, false, false, false, false]);
  });
});
