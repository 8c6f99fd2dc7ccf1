"""The topics of TOPICS.md (what the blind authors wrote replies for) and the facts the assistant's
questions collect (`next_question.fact`): the one place the two vocabularies meet."""

from __future__ import annotations

# topic → the pending fact of the question that asks it
PENDING_FACT = {
    "track": "track",
    "province": "province",
    "skill_certificates": "skill_certificates",
    "skill_certificate_date": "skill_certificates_obtained",
    "technical_work": "technical_work_gap_years",
    "annual_reviews": "annual_review_results",
    "series": "series",
    "new_occupation": "new_occupation",
    "target_level": "target_level",
    "title_held": "title_held",
    "title_obtained": "title_obtained",
    "honours": "honours",
    "front_line_mastery": "front_line_mastery",
    "major_contribution": "major_contribution",
    "related_major_diploma": "related_major_diploma",
    "cumulative_work_years": "cumulative_work_years",
    "meets_occupation_standard": "meets_occupation_standard",
    "occupation_matches_post": "occupation_matches_post",
    "exam": "exam",
    "organiser_topic": "organiser_topic",
    "applicant_count": "applicant_count",
    "enterprise_above_scale": "enterprise_above_scale",
    "clarify": "ambiguity",
}
# next_question.fact → topic (questions about the same thing share a topic)
TOPIC = {fact: topic for topic, fact in PENDING_FACT.items()} | {
    "annual_reviews_all_pass": "annual_reviews",
    "technical_work_interrupted": "technical_work",
    "target_level_skill": "target_level",
}
