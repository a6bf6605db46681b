# coach
