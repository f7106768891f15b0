/**
 * Curated modern workplace and tech words that SCOWL (size 70) lacks, and the standard
 * British/Commonwealth spellings it files only among its rarer variant lists, so the spelling
 * rule does not flag ordinary follow-up vocabulary. Base forms only: the checker accepts their
 * plurals and -ed/-ing/-er forms, and British/American spellings, by itself. Keep it small
 * and obviously correct; a user's own jargon belongs in settings.personalWords instead.
 */
export const EXTRA_WORDS: ReadonlySet<string> = new Set([
  // Hiring and the workplace
  "onboard", "onboarding", "offboard", "dedupe", "upskill", "reskill", "cofounder", "mentee", "subteam",
  "cowork", "coworking", "workstream", "skillset", "toolset", "fulltime", "parttime", "standup",
  "timebox", "whiteboarding", "touchpoint", "learning", "deprioritize", "upsell", "rebook",
  "walkthrough", "hackathon", "lifecycle", "rollout", "crowdsourcing", "gamification", "omnichannel",
  "livestream", "webinar", "upvote", "downvote", "nonprofit", "offline", "app", "analytics", "signup", "roadmap",
  "roadmapping", "comms", "readme", "req", "admin", "kanban", "checkin", "mockup", "med",
  // Software and operations
  "backend", "frontend", "fullstack", "dev", "devops", "kubernetes", "api", "repo", "async",
  "tech", "codebase", "microservice", "chatbot", "ecommerce", "autoscale", "autoscaling", "cybersecurity",
  "runbook", "uptime", "dataset", "dataflow", "fintech", "healthtech", "edtech", "saas", "config",
  "toolchain", "failover", "hotfix", "bugfix", "changelog", "dogfood", "serverless", "multicloud",
  "opensource", "geolocation", "javascript", "typescript", "html", "css", "sql", "nosql", "json",
  "yaml", "http", "https", "url", "wifi", "wi-fi", "ux", "ui", "qa", "okr", "kpi", "cicd",
  // Care, teaching, trades and everyday words the word list lacks
  "ecg", "ekg", "post-op", "pre-op", "co-op", "barcode", "intensivist", "velcro", "s'mores", "transformative",
  "realia", "gradebook", "hotline", "licensure", "intro", "esports", "donut", "upsize", "rec", "idempotency", "nan", "nana", "grandad",
  // Shorthand for time that notes and facts both use
  "yr", "yrs", "hr", "hrs", "wk", "wks",
  // Months and weekdays as a phone note types them: a matter of capitals, not of spelling
  "january", "february", "april", "june", "july", "august", "september", "october", "november", "december",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  // Standard British/Commonwealth spellings SCOWL keeps out of its size-70 lists (its dialect
  // lists at the same size already hold "organise", "licence", "programme", "paediatric").
  // Doubled-consonant forms are listed whole: the checker inflects only these extras, never a
  // dictionary word such as "focus" (that would hide typos like "commited").
  "despatch", "despatcher", "gaol", "mediaeval", "foetus", "foetal", "annexe", "caesarean", "oesophageal",
  "homoeopathy", "focussed", "focussing", "focusses", "benefitted", "benefitting", "combatted", "combatting",
  // Abbreviations written in lower case, and the chat shorthand of notes typed on a phone: informal,
  // which is a matter of tone, not of spelling
  "etc", "vs", "ok", "approx", "thx", "tx", "ty", "pls", "plz", "btw", "fyi", "asap", "tbh", "imo", "lmk", "irl", "np", "lol", "intel",
]);
