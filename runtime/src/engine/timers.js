// setTimeout, setInterval and their clear functions, as Convex's runtime provides them.
// There is no event loop: the host drives the queue. When a call's promise is still
// pending and no job is left, the host asks `next()` how long until the earliest timer
// (waiting that long in actions, where the clock runs) and then `fire()`s it.
(() => {
  const queue = []; // { id, due, seq, callback, args, interval }
  let now = 0; // the queue's own clock: the due time of the timer that fired last
  let nextId = 1;
  let seq = 0;

  function schedule(id, callback, delay, args, interval) {
    const ms = Math.max(0, Number(delay) || 0);
    queue.push({ id, due: now + ms, seq: seq++, callback, args, interval: interval ? ms : null });
    queue.sort((a, b) => a.due - b.due || a.seq - b.seq);
    return id;
  }

  function setTimeout(callback, delay, ...args) {
    if (typeof callback !== "function") {
      throw new TypeError("setTimeout needs a function (strings are not evaluated)");
    }
    return schedule(nextId++, callback, delay, args, false);
  }

  function setInterval(callback, delay, ...args) {
    if (typeof callback !== "function") {
      throw new TypeError("setInterval needs a function (strings are not evaluated)");
    }
    return schedule(nextId++, callback, delay, args, true);
  }

  function clearTimer(id) {
    const index = queue.findIndex((timer) => timer.id === id);
    if (index >= 0) queue.splice(index, 1);
  }

  Object.assign(globalThis, {
    setTimeout,
    setInterval,
    clearTimeout: clearTimer,
    clearInterval: clearTimer,
  });

  Object.defineProperty(globalThis, "__convexkit_timers", {
    value: {
      // Milliseconds until the earliest timer, or -1 when none is waiting.
      next() {
        return queue.length ? queue[0].due - now : -1;
      },
      fire() {
        const timer = queue.shift();
        if (!timer) return;
        now = timer.due;
        if (timer.interval !== null) {
          schedule(timer.id, timer.callback, timer.interval, timer.args, true);
        }
        timer.callback(...timer.args);
      },
      // A new call starts with no timers left from the last one.
      reset() {
        queue.length = 0;
        now = 0;
      },
    },
  });
})();
