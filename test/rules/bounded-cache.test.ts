import { BoundedCache } from '../../src/rules/bounded-cache';
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

describe('isDigits', () => {
  test('exactly that many digits and nothing else', () => {
    expect(isDigits('12345678', 8)).toBe(true);
    expect(['1234567', '123456789', '1234567a', ' 2345678', '1234 678', '１２３４５６７８'].map((t) => isDigits(t, 8))).toEqual([false, false, false, false, false, false]);
  });
});
