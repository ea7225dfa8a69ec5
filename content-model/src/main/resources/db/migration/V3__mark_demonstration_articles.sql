-- Demonstration content (the demo articles shipped with Attune) is marked, so readers are told it is not real
-- clinical advice. Articles already imported from the demo files are the ones with these slugs.
ALTER TABLE article ADD COLUMN demo BOOLEAN DEFAULT FALSE NOT NULL;

UPDATE article SET demo = TRUE
WHERE slug IN ('physical-therapy-for-chronic-back-pain', 'heat-therapy-for-low-back-pain');
