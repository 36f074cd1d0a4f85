package io.briefkit.check;

import java.util.function.Supplier;

/** A value made the first time it is asked for, null included, and kept: what a check reads of a page only if it must. */
final class Once<T> implements Supplier<T> {
    private final Supplier<T> make;
    private boolean made;
    private T value;

    Once(Supplier<T> make) {
        this.make = make;
    }

    @Override
    public T get() {
        if (!made) {
            value = make.get();
            made = true;
        }
        return value;
    }
}
