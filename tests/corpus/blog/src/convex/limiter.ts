import { MINUTE, RateLimiter } from "@convex-dev/rate-limiter";
import { components } from "./_generated/api";

export const rateLimiter = new RateLimiter(components.rateLimiter, {
  // send, edit, and delete
  messageAction: {
    kind: "token bucket",
    rate: 30,
    period: MINUTE,
    capacity: 20,
  },
});
