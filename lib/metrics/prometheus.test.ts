import { describe, expect, it } from "vitest";
import { escapeLabelValue, formatValue, PROMETHEUS_CONTENT_TYPE, renderExposition } from "./prometheus";

describe("Prometheus text exposition", () => {
  it("writes HELP and TYPE before the samples and ends with a newline", () => {
    const text = renderExposition([
      { name: "a_seconds", help: "First.", type: "gauge", samples: [{ value: 1.5 }] },
      {
        name: "b_total",
        help: "Second.",
        type: "counter",
        samples: [
          { labels: { queue: "mail" }, value: 2 },
          { labels: { queue: "mail-priority", kind: "x" }, value: 0 },
        ],
      },
      { name: "c", help: "Empty.", type: "gauge", samples: [] },
    ]);
    expect(text).toBe(
      [
        "# HELP a_seconds First.",
        "# TYPE a_seconds gauge",
        "a_seconds 1.5",
        "# HELP b_total Second.",
        "# TYPE b_total counter",
        'b_total{queue="mail"} 2',
        'b_total{queue="mail-priority",kind="x"} 0',
        "# HELP c Empty.",
        "# TYPE c gauge",
        "",
      ].join("\n"),
    );
    expect(PROMETHEUS_CONTENT_TYPE).toBe("text/plain; version=0.0.4; charset=utf-8");
  });

  it("escapes backslashes, quotes and newlines in label values, and backslashes and newlines in help", () => {
    expect(escapeLabelValue('a\\b"c\nd')).toBe('a\\\\b\\"c\\nd');
    const text = renderExposition([
      {
        name: "m",
        help: "two\nlines \\ here",
        type: "gauge",
        samples: [{ labels: { l: 'say "hi"\n' }, value: 1 }],
      },
    ]);
    expect(text).toContain("# HELP m two\\nlines \\\\ here\n");
    expect(text).toContain('m{l="say \\"hi\\"\\n"} 1\n');
  });

  it("writes special floats the way Prometheus parses them", () => {
    expect([NaN, Infinity, -Infinity, 0, -2, 1_700_000_000.25].map(formatValue)).toEqual([
      "NaN",
      "+Inf",
      "-Inf",
      "0",
      "-2",
      "1700000000.25",
    ]);
  });

  it("refuses names Prometheus would reject", () => {
    expect(() => renderExposition([{ name: "bad-name", help: "", type: "gauge", samples: [] }])).toThrow();
    expect(() =>
      renderExposition([
        { name: "ok", help: "", type: "gauge", samples: [{ labels: { "1x": "v" }, value: 1 }] },
      ]),
    ).toThrow();
  });
});
