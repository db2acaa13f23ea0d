import type { VerificationChannel } from "@/lib/domain/vocabulary";

export const CHANNEL_LABELS: Record<VerificationChannel, string> = {
  phone: "phone call",
  video_call: "video call",
  in_person: "in person",
  signed_email: "signed email",
  other: "other channel",
};
