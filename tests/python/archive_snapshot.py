"""What an archive holds, keyed by what does not depend on the order the
articles were stored in (row ids do): for comparing two archives."""

ALL = 1_000_000


def snapshot(archive):
    articles = archive.search("", limit=ALL)
    doc_of = {a["article_id"]: a["doc_id"] for a in articles}
    facts = {}
    for a in articles:
        stored = archive.article(a["article_id"])
        facts[a["doc_id"]] = {
            "summary": (a["url"], a["site"], a["title"], a["published"]),
            "text": stored["text"],
            "timex": sorted((t["text"], t["value"], t["begin"], t["end"]) for t in stored["timex"]),
            "mentions": sorted((m["begin"], m["end"]) for m in stored["mentions"]),
        }
    quotes = sorted((q["doc_id"], q["kind"], q["content"], q["cue"], q["speaker"], q["begin"],
                     q["end"]) for q in archive.quotes(limit=ALL))
    events = sorted((e["doc_id"], e["type"], e["cameo"], e["trigger"], e["source"],
                     e["source_code"], e["source_country"], e["target"], e["target_code"],
                     e["target_country"], e["claimed_by"], e["negated"], e["date"], e["begin"],
                     e["end"]) for e in archive.events(limit=ALL))
    entities = sorted((e["name"], e["type"], e["country"], e["actor_code"], e["articles"],
                       e["mentions"], e["quotes"]) for e in archive.entities(limit=ALL))
    stories = sorted(tuple(sorted(doc_of[i] for i in s["article_ids"]))
                     for s in archive.stories(1, limit=ALL))
    errors = sorted((e["input"], e["line"], e["doc_id"], e["message"]) for e in archive.errors())
    stats = archive.stats()
    return {"articles": facts, "quotes": quotes, "events": events, "entities": entities,
            "stories": stories, "errors": errors, "stats": stats}
