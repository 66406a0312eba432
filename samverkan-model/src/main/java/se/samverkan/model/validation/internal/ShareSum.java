package se.samverkan.model.validation.internal;

import java.math.BigDecimal;
import se.samverkan.model.money.Share;

/** Exact sums of shares. */
final class ShareSum {

    private ShareSum() {
    }

    static boolean isWhole(Iterable<Share> shares) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Share share : shares) {
            sum = sum.add(share.toBigDecimal());
        }
        return sum.compareTo(BigDecimal.ONE) == 0;
    }
}
