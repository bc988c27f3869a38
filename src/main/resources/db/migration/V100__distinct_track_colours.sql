-- Tracks were all created with the same green (#2e6b30), so schedule apps that colour talks by track showed
-- every track alike. Conferences whose tracks still all share that default get one palette colour per
-- position (the palette of Track.PALETTE); a conference whose organizer chose colours keeps them.
UPDATE track SET colour = CASE MOD(position, 8)
        WHEN 0 THEN '#2e6b30'
        WHEN 1 THEN '#1f4e79'
        WHEN 2 THEN '#9c3d12'
        WHEN 3 THEN '#6a3d9a'
        WHEN 4 THEN '#0f6e73'
        WHEN 5 THEN '#8a6d00'
        WHEN 6 THEN '#b0245a'
        ELSE '#4d4d4d' END
WHERE conference_id IN (
    SELECT conference_id FROM track GROUP BY conference_id
    HAVING COUNT(*) > 1 AND MIN(colour) = '#2e6b30' AND MAX(colour) = '#2e6b30');
