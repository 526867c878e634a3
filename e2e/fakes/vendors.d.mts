export declare const VENDOR_HOSTS: Record<'clarity' | 'ga4' | 'mixpanel' | 'hotjar' | 'posthog' | 'segment' | 'plausible' | 'meta-pixel' | 'script', RegExp>;
export type FakeVendorName = keyof typeof VENDOR_HOSTS;
export declare function vendorOf(hostname: string): FakeVendorName | undefined;
export interface VendorAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}
export declare function answerVendorRequest(href: string, origin?: string): VendorAnswer | undefined;
