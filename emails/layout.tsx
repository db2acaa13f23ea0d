import { Body, Container, Head, Hr, Html, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";

export function EmailLayout({ preview, children }: { preview: string; children: ReactNode }) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{preview}</Preview>
      <Body
        style={{ backgroundColor: "#f4f5f7", fontFamily: "system-ui, -apple-system, Segoe UI, sans-serif" }}
      >
        <Container
          style={{ backgroundColor: "#ffffff", padding: "24px", maxWidth: "560px", borderRadius: "8px" }}
        >
          <Text style={{ fontSize: "14px", fontWeight: 700, color: "#1f3a5f", margin: 0 }}>
            Ceremony Desk
          </Text>
          <Section>{children}</Section>
          <Hr />
          <Text style={{ fontSize: "12px", color: "#6b7280" }}>
            You receive this because you take part in key signing ceremonies planned with Ceremony Desk.
          </Text>
        </Container>
      </Body>
    </Html>
  );
}
