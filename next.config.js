// @ts-check

/**
 * Security headers go here (CSP, Referrer-Policy, Permissions-Policy, X-Content-Type-Options, …).
 * Returned from `headers()` below for every route; empty for now.
 * @type {{ key: string, value: string }[]}
 */
const securityHeaders = [];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  async headers() {
    if (securityHeaders.length === 0) return [];
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

export default nextConfig;
